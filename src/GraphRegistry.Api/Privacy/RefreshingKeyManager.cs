using GraphRegistry.Api.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Data Protection's key manager, with a key ring that a node reads again at least every
/// <see cref="KeyMaterialOptions.RingRefreshInterval"/>. Data Protection alone keeps a ring for up to
/// a day and only sees a key added by another process (rotate-keys, another node) after that: a
/// node would go on encrypting new values under the key being retired. <see cref="Expire"/> also
/// lets a node read the ring at once when it meets a value under a key it does not know yet.
/// </summary>
public sealed class RefreshingKeyManager : IKeyManager
{
    private readonly IKeyManager inner;
    private readonly TimeSpan interval;
    private CancellationTokenSource expiry = new();

    public RefreshingKeyManager(XmlKeyManager inner, IOptions<KeyMaterialOptions> options)
    {
        interval = options.Value.RingRefreshInterval;
        if (interval <= TimeSpan.Zero || interval > TimeSpan.FromDays(1))
        {
            throw new RegistryStartupException(
                $"{KeyMaterialOptions.Section}:{nameof(KeyMaterialOptions.RingRefreshInterval)} is {interval}: it must be more than zero and at most one day. Start-up stopped; nothing was changed.");
        }

        this.inner = inner;
    }

    public IKey CreateNewKey(DateTimeOffset activationDate, DateTimeOffset expirationDate) => inner.CreateNewKey(activationDate, expirationDate);

    public IReadOnlyCollection<IKey> GetAllKeys() => inner.GetAllKeys();

    /// <summary>Asked each time the ring is read: the ring is kept until the inner manager changes it, the interval passes, or <see cref="Expire"/>.</summary>
    public CancellationToken GetCacheExpirationToken()
    {
        var next = CancellationTokenSource.CreateLinkedTokenSource(inner.GetCacheExpirationToken());
        next.CancelAfter(interval);

        // The ring just read holds the new token; the one before belongs to a ring already replaced.
        Interlocked.Exchange(ref expiry, next).Dispose();
        return next.Token;
    }

    /// <summary>Makes the next use of the ring read it again.</summary>
    public void Expire()
    {
        try
        {
            Volatile.Read(ref expiry).Cancel();
        }
        catch (ObjectDisposedException)
        {
            // replaced meanwhile: the ring was just read again
        }
    }

    public void RevokeAllKeys(DateTimeOffset revocationDate, string? reason = null) => inner.RevokeAllKeys(revocationDate, reason);

    public void RevokeKey(Guid keyId, string? reason = null) => inner.RevokeKey(keyId, reason);
}
