using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// The hash chain: a canonical form of each entry and the keyed hash (HMAC-SHA256) that links it
/// to the previous one. The key is derived from the blind-index key, which is never in the database
/// in clear (a file beside SQLite; on PostgreSQL encrypted under a key ring that is itself encrypted
/// to a certificate), so whoever can write the database cannot rebuild a consistent chain after editing it.
/// </summary>
public sealed class AccessLogChain(IKeyMaterialStore keys)
{
    private readonly Lazy<byte[]> key = new(() => HKDF.DeriveKey(
        HashAlgorithmName.SHA256, keys.BlindIndexKey, 32, info: Encoding.UTF8.GetBytes("GraphRegistry access log chain v1")), LazyThreadSafetyMode.PublicationOnly);

    public static string Genesis { get; } = new('0', 64);

    public string HashOf(AccessLogEntry entry, string previousHash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(previousHash + "\n" + Canonical(entry))));

    /// <summary>Every recorded field, in a fixed order and format; lists sorted so storage order cannot matter.</summary>
    public static string Canonical(AccessLogEntry entry) => JsonSerializer.Serialize(new object?[]
    {
        entry.Sequence,

        // SQLite hands times back without a kind; they were written in UTC, so they are read as UTC.
        DateTime.SpecifyKind(entry.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        entry.PrincipalKind,
        entry.PrincipalSubject,
        entry.AgencyCode,
        entry.Purpose,
        entry.Basis,
        entry.OperationName,
        entry.DocumentHash,
        entry.Subjects.Order(StringComparer.Ordinal).ToArray(),
        entry.Fields.Order(StringComparer.Ordinal).ToArray(),
        entry.Outcome.ToString(),
        entry.Reason,
        entry.RequestId,
    });
}
