using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// What both stores share on top of reading, writing and deleting a secret: the blind-index keys
/// read again every <see cref="KeyMaterialOptions.RingRefreshInterval"/> (so a blind-index rotation
/// started elsewhere reaches this node), the chain and pseudonym keys read once, and the steps
/// of a blind-index rotation.
/// </summary>
public abstract class KeyMaterialStore(IOptions<KeyMaterialOptions> options) : IKeyMaterialStore
{
    // The names the chain and pseudonym keys were derived under from the blind-index key before
    // they were kept apart: a registry from then derives them once, so its chain and pseudonyms hold.
    private static readonly Dictionary<KeySecret, string> DerivedFrom = new()
    {
        [KeySecret.AccessLogChain] = "GraphRegistry access log chain v1",
        [KeySecret.Pseudonym] = "GraphRegistry pseudonyms v1",
    };

    private readonly Lock refreshing = new();
    private KeysRead? blindIndexKeys;
    private byte[]? accessLogChainKey;
    private byte[]? pseudonymKey;

    public abstract string KeyRingLocation { get; }

    public abstract string BlindIndexKeyLocation { get; }

    public abstract IXmlRepository KeyRing { get; }

    public BlindIndexKeys BlindIndexKeys
    {
        get
        {
            var known = Volatile.Read(ref blindIndexKeys);
            if (known is { } cached && System.Diagnostics.Stopwatch.GetElapsedTime(cached.ReadAt) < options.Value.RingRefreshInterval)
            {
                return cached.Keys;
            }

            lock (refreshing)
            {
                // Another thread may have read them while this one waited for the lock.
                if (Volatile.Read(ref blindIndexKeys) is { } fresh && !ReferenceEquals(fresh, known))
                {
                    return fresh.Keys;
                }

                try
                {
                    var read = new BlindIndexKeys(Required(KeySecret.BlindIndex), ReadKey(KeySecret.NextBlindIndex));
                    Volatile.Write(ref blindIndexKeys, new KeysRead(read, System.Diagnostics.Stopwatch.GetTimestamp()));
                    return read;
                }
                catch (Exception) when (known is { } stale)
                {
                    // The store briefly unreachable: the keys read last still hold; the next use tries again.
                    return stale.Keys;
                }
            }
        }
    }

    public byte[] AccessLogChainKey => accessLogChainKey ??= Required(KeySecret.AccessLogChain);

    public byte[] PseudonymKey => pseudonymKey ??= Required(KeySecret.Pseudonym);

    public abstract Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken);

    public Task<bool> HasBlindIndexKeyAsync(CancellationToken cancellationToken) => HasAsync(KeySecret.BlindIndex, cancellationToken);

    public async Task CreateKeysAsync(CancellationToken cancellationToken)
    {
        var newRegistry = !await HasAsync(KeySecret.BlindIndex, cancellationToken);
        await WriteAsync(KeySecret.BlindIndex, NewKey(), replace: false, cancellationToken);
        foreach (var (secret, info) in DerivedFrom)
        {
            var key = newRegistry ? NewKey() : HKDF.DeriveKey(HashAlgorithmName.SHA256, Required(KeySecret.BlindIndex), BlindIndexKey.Length, info: Encoding.UTF8.GetBytes(info));
            await WriteAsync(secret, key, replace: false, cancellationToken);
        }

        await ProtectStoredSecretsAsync(cancellationToken);
    }

    public async Task<byte[]> CreateNextBlindIndexKeyAsync(CancellationToken cancellationToken)
    {
        await WriteAsync(KeySecret.NextBlindIndex, NewKey(), replace: false, cancellationToken);
        return ForgetAndRead().Next!;
    }

    public async Task PromoteNextBlindIndexKeyAsync(CancellationToken cancellationToken)
    {
        if (ReadKey(KeySecret.NextBlindIndex) is not { } next)
        {
            return; // promoted already: a run resumed after this step
        }

        await WriteAsync(KeySecret.BlindIndex, next, replace: true, cancellationToken);
        await DeleteAsync(KeySecret.NextBlindIndex, cancellationToken);
        ForgetAndRead();
    }

    public async Task ReprotectAsync(CancellationToken cancellationToken)
    {
        foreach (var secret in Enum.GetValues<KeySecret>())
        {
            if (ReadKey(secret) is { } key)
            {
                await WriteAsync(secret, key, replace: true, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The Data Protection purpose of a secret a store keeps encrypted under the key ring: one per
    /// secret, so a value copied over another does not decrypt; the next blind-index key shares
    /// the key in force's, as it becomes that key.
    /// </summary>
    protected static string PurposeOf(KeySecret secret) => secret switch
    {
        KeySecret.BlindIndex or KeySecret.NextBlindIndex => "GraphRegistry.BlindIndexKey.v1",
        KeySecret.AccessLogChain => "GraphRegistry.AccessLogChainKey.v1",
        _ => "GraphRegistry.PseudonymKey.v1",
    };

    /// <summary>Runs at every start, under the start-up lock, once the keys exist: a store encrypts here what it holds unencrypted from before.</summary>
    protected virtual Task ProtectStoredSecretsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The secret's bytes, or null when the store has none.</summary>
    protected abstract byte[]? ReadKey(KeySecret secret);

    /// <summary>Stores the secret; without <paramref name="replace"/> an existing one is kept (two nodes racing both end up with the first).</summary>
    protected abstract Task WriteAsync(KeySecret secret, byte[] key, bool replace, CancellationToken cancellationToken);

    protected abstract Task DeleteAsync(KeySecret secret, CancellationToken cancellationToken);

    protected abstract Task<bool> HasAsync(KeySecret secret, CancellationToken cancellationToken);

    private static byte[] NewKey() => RandomNumberGenerator.GetBytes(BlindIndexKey.Length);

    private byte[] Required(KeySecret secret) =>
        ReadKey(secret) ?? throw new MissingKeyMaterialException($"The {Describe(secret)} is missing from {BlindIndexKeyLocation}.");

    private BlindIndexKeys ForgetAndRead()
    {
        Volatile.Write(ref blindIndexKeys, null);
        return BlindIndexKeys;
    }

    private sealed record KeysRead(BlindIndexKeys Keys, long ReadAt);

    private static string Describe(KeySecret secret) => secret switch
    {
        KeySecret.BlindIndex => "blind-index key",
        KeySecret.NextBlindIndex => "next blind-index key",
        KeySecret.AccessLogChain => "access-log chain key",
        _ => "pseudonym key",
    };
}
