using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Reads the key ring again when a value names a key this node has not loaded yet: one that
/// rotate-keys (another process, another node) made after this node last read the ring. Waits a
/// few seconds at most; a key still unknown after that is remembered for a minute, so a value
/// under a key that exists nowhere does not make every request wait.
/// </summary>
public sealed class KeyRingReload(IKeyRingProvider rings, RefreshingKeyManager keys)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RememberMissing = TimeSpan.FromMinutes(1);

    // Real time, not the registry's clock: tests stop that one, and this wait must still end.
    private readonly ConcurrentDictionary<Guid, long> missingSince = new();

    /// <summary>True when the key was not in the ring and now is: the caller may try again.</summary>
    public bool TryLoad(Guid keyId)
    {
        if (IsLoaded(keyId) || (missingSince.TryGetValue(keyId, out var since) && Stopwatch.GetElapsedTime(since) < RememberMissing))
        {
            return false;
        }

        keys.Expire();
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < Patience)
        {
            // The ring is read again in the background; the call that finds it done sees the key.
            if (IsLoaded(keyId))
            {
                missingSince.TryRemove(keyId, out _);
                return true;
            }

            Thread.Sleep(20);
        }

        missingSince[keyId] = Stopwatch.GetTimestamp();
        return false;
    }

    private bool IsLoaded(Guid keyId) => rings.GetCurrentKeyRing().GetAuthenticatedEncryptorByKeyId(keyId, out _) is not null;
}
