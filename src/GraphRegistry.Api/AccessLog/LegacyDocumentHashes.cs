using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Entries written before <see cref="DocumentShape"/> hold the plain SHA-256 of their query text,
/// from which an inline national ID can be recovered by enumeration. The chain covers that value,
/// so it cannot simply be replaced: at start-up each is sealed instead, encrypted under a key
/// derived from the chain key with the entry's sequence as nonce (a one-time pad per entry). The
/// database and the officer then hold only the sealed form; the verifier, which has the chain key,
/// unseals it to recompute the link, so every old link still verifies.
/// </summary>
public static class LegacyDocumentHashes
{
    public const string Prefix = "sealed:";

    private const int BatchSize = 1_000;
    private const int HashBytes = 32;

    public static bool IsLegacy(string documentHash) =>
        documentHash.Length == HashBytes * 2 && documentHash.All(char.IsAsciiHexDigitLower);

    public static byte[] KeyFrom(byte[] chainKey) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, chainKey, HashBytes, info: Encoding.UTF8.GetBytes("GraphRegistry sealed document hashes v1"));

    public static string Seal(byte[] key, long sequence, string legacyHash)
    {
        var sealedBytes = Convert.FromHexString(legacyHash);
        Xor(sealedBytes, Pad(key, sequence));
        return Prefix + Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The value the entry's link was computed over.</summary>
    public static string Unseal(byte[] key, long sequence, string sealedHash)
    {
        var bytes = Base64Url.DecodeFromChars(sealedHash.AsSpan(Prefix.Length));
        Xor(bytes, Pad(key, sequence));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Seals every legacy hash still in clear, in batches; a run stopped part way resumes where it stopped.</summary>
    public static async Task<int> SealAllAsync(Data.RegistryDbContext db, byte[] chainKey, CancellationToken cancellationToken)
    {
        var key = KeyFrom(chainKey);
        var sealedCount = 0;
        long after = 0;
        while (true)
        {
            // Legacy hashes are 64 characters with no prefix; shapes and seals are shorter and carry a colon.
            var batch = await db.AccessLog.Where(e => e.Id > after && e.DocumentHash.Length == HashBytes * 2 && !EF.Functions.Like(e.DocumentHash, "%:%"))
                .OrderBy(e => e.Id).Take(BatchSize).Select(e => new { e.Id, e.Sequence, e.DocumentHash, e.OccurredAt })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return sealedCount;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var entry in batch.Where(e => IsLegacy(e.DocumentHash)))
            {
                var seal = Seal(key, entry.Sequence, entry.DocumentHash);

                // By id and time: on PostgreSQL the log is partitioned by month, and the time finds the partition.
                sealedCount += await db.AccessLog.Where(e => e.Id == entry.Id && e.OccurredAt == entry.OccurredAt)
                    .ExecuteUpdateAsync(set => set.SetProperty(e => e.DocumentHash, seal), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            after = batch[^1].Id;
        }
    }

    private static byte[] Pad(byte[] key, long sequence)
    {
        Span<byte> nonce = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(nonce, sequence);
        return HMACSHA256.HashData(key, nonce);
    }

    private static void Xor(byte[] value, byte[] pad)
    {
        for (var i = 0; i < value.Length; i++)
        {
            value[i] ^= pad[i];
        }
    }
}
