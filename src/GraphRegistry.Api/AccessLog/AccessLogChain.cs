using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// The hash chain: a canonical form of each entry and the keyed hash (HMAC-SHA256) that links it
/// to the previous one. The chain key is a secret of its own, never in the database in clear (a file
/// beside SQLite; on PostgreSQL encrypted under a key ring that is itself encrypted to a
/// certificate), so whoever can write the database cannot rebuild a consistent chain after editing
/// it. It is not rotated with the blind-index key, so every entry ever written stays verifiable
/// (a registry made before it was kept apart derived it once from its blind-index key, as before).
/// </summary>
public sealed class AccessLogChain(IKeyMaterialStore keys)
{
    // Verifying ten million entries hashes ten million times: each thread reuses one buffer and writer.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? ThreadBuffer;
    [ThreadStatic]
    private static Utf8JsonWriter? ThreadWriter;

    private byte[]? sealingKey;

    public static string Genesis { get; } = new('0', 64);

    /// <summary>The key that seals the document hashes of entries written before <see cref="DocumentShape"/>.</summary>
    public byte[] LegacyDocumentHashKey => sealingKey ??= LegacyDocumentHashes.KeyFrom(keys.AccessLogChainKey);

    /// <summary>HMAC of the previous hash, a newline and the canonical form, as lowercase hex.</summary>
    public string HashOf(AccessLogEntry entry, string previousHash)
    {
        // A sealed legacy hash is linked as it was written: in clear.
        var documentHash = entry.DocumentHash.StartsWith(LegacyDocumentHashes.Prefix, StringComparison.Ordinal)
            ? LegacyDocumentHashes.Unseal(LegacyDocumentHashKey, entry.Sequence, entry.DocumentHash)
            : entry.DocumentHash;
        var output = Write(entry, documentHash, previousHash + "\n");
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(keys.AccessLogChainKey, output.WrittenSpan, mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>
    /// Why <paramref name="entry"/> is not the link expected at <paramref name="sequence"/> after
    /// <paramref name="previousHash"/> (missing, out of place, or altered); null when it is. The one
    /// check of a link, for the database's chain and for an archive file alike.
    /// </summary>
    public string? LinkProblem(AccessLogEntry? entry, long sequence, string previousHash) =>
        entry is null || entry.Sequence != sequence ? $"entry {sequence} is missing"
        : entry.PreviousHash != previousHash ? $"entry {sequence} does not follow entry {sequence - 1}"
        : HashOf(entry, previousHash) != entry.Hash ? $"entry {sequence} was altered"
        : null;

    /// <summary>The seal of a month's recorded first link: only the chain key's holder can make one.</summary>
    public string SealOf(AccessLogMonth month) =>
        Mac(string.Create(CultureInfo.InvariantCulture, $"month\n{month.Month}\n{month.FirstSequence}\n{month.PreviousHash}"));

    /// <summary>The seal of an archived month's first and last links.</summary>
    public string ArchiveSealOf(AccessLogMonth month) =>
        Mac(string.Create(CultureInfo.InvariantCulture, $"archived\n{month.Month}\n{month.FirstSequence}\n{month.PreviousHash}\n{month.LastSequence}\n{month.LastHash}"));

    /// <summary>
    /// Every recorded field as a JSON array in a fixed order and format (the encoding of
    /// <see cref="JsonSerializer"/>'s defaults); lists sorted so storage order cannot matter.
    /// </summary>
    public static string Canonical(AccessLogEntry entry) => Encoding.UTF8.GetString(Write(entry, entry.DocumentHash, prefix: string.Empty).WrittenSpan);

    private string Mac(string text)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(keys.AccessLogChainKey, Encoding.UTF8.GetBytes(text), mac);
        return Convert.ToHexStringLower(mac);
    }

    private static ArrayBufferWriter<byte> Write(AccessLogEntry entry, string documentHash, string prefix)
    {
        var output = ThreadBuffer ??= new ArrayBufferWriter<byte>(1024);
        output.ResetWrittenCount();
        Encoding.UTF8.GetBytes(prefix, output);
        var json = ThreadWriter ??= new Utf8JsonWriter(output);
        json.Reset(output);
        json.WriteStartArray();
        json.WriteNumberValue(entry.Sequence);

        // SQLite hands times back without a kind; they were written in UTC, so they are read as UTC.
        json.WriteStringValue(DateTime.SpecifyKind(entry.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
        WriteNullable(json, entry.PrincipalKind);
        WriteNullable(json, entry.PrincipalSubject);
        WriteNullable(json, entry.AgencyCode);
        WriteNullable(json, entry.Purpose);
        WriteNullable(json, entry.Basis);
        WriteNullable(json, entry.OperationName);
        WriteNullable(json, documentHash);
        WriteSorted(json, entry.Subjects);
        WriteSorted(json, entry.Fields);
        json.WriteStringValue(entry.Outcome.ToString());
        WriteNullable(json, entry.Reason);
        WriteNullable(json, entry.RequestId);
        json.WriteEndArray();
        json.Flush();
        return output;
    }

    private static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    private static void WriteSorted(Utf8JsonWriter json, List<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values.Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
