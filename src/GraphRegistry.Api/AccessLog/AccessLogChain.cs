using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphRegistry.Api.AccessLog;

/// <summary>The hash chain: a canonical form of each entry and the hash that links it to the previous one.</summary>
public static class AccessLogChain
{
    public static string Genesis { get; } = new('0', 64);

    public static string HashOf(AccessLogEntry entry, string previousHash)
    {
        var canonical = Canonical(entry);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + canonical)));
    }

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
