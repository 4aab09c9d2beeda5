using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// One archived month as a file of JSON lines: a header with the month's sealed first link, every
/// entry with every column exactly as stored (identifiers and field names, never a value), and a
/// trailer with the last link and the archive seal. It verifies without the database, with the
/// chain key alone (<c>verify-log --archive FILE</c>): a removed, altered or reordered entry, a cut
/// end or a forged header or trailer is reported like a break in the database's chain.
/// </summary>
public static class AccessLogArchive
{
    public const string Format = "GraphRegistry access log month, v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public sealed record Header(string Format, string Month, long FirstSequence, string PreviousHash, string Seal);

    public sealed record Trailer(long LastSequence, string LastHash, string ArchiveSeal);

    public static string Line(Header header) => JsonSerializer.Serialize(header, Json);

    public static string Line(AccessLogEntry entry) => JsonSerializer.Serialize(entry, Json);

    public static string Line(Trailer trailer) => JsonSerializer.Serialize(trailer, Json);

    /// <summary>The file's month and chain check; the month is null when the file is not an archive at all.</summary>
    public static async Task<(string? Month, ChainVerification Result)> VerifyAsync(string file, AccessLogChain chain, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        Header? header;
        try
        {
            header = JsonSerializer.Deserialize<Header>(await reader.ReadLineAsync(cancellationToken) ?? "null", Json);
        }
        catch (JsonException)
        {
            header = null;
        }

        if (header is null || header.Format != Format)
        {
            return (null, new ChainVerification(false, 0, null, "the file is not an access log archive (its first line is not an archive header)"));
        }

        var record = new AccessLogMonth { Month = header.Month, FirstSequence = header.FirstSequence, PreviousHash = header.PreviousHash, Seal = header.Seal };
        if (chain.SealOf(record) != header.Seal)
        {
            return (header.Month, new ChainVerification(false, 0, header.FirstSequence, $"the header's first link of {header.Month} is not sealed by the chain key"));
        }

        var (expected, previous) = (header.FirstSequence, header.PreviousHash);
        string? line = await reader.ReadLineAsync(cancellationToken);
        while (line is not null)
        {
            var next = await reader.ReadLineAsync(cancellationToken);
            if (next is null)
            {
                // The last line is the trailer: the month's last link, sealed with its first.
                var trailer = Read<Trailer>(line);
                record.LastSequence = trailer?.LastSequence;
                record.LastHash = trailer?.LastHash;
                var problem = trailer is null || trailer.LastHash is null ? "the file ends without its trailer: it was cut short"
                    : chain.ArchiveSealOf(record) != trailer.ArchiveSeal ? "the trailer is not sealed by the chain key"
                    : trailer.LastSequence != expected - 1 || trailer.LastHash != previous ? $"entries {expected} to {trailer.LastSequence} are missing: the file ends before its sealed last link"
                    : null;
                return (header.Month, new ChainVerification(problem is null, expected - header.FirstSequence, problem is null ? null : expected, problem));
            }

            var entry = Read<AccessLogEntry>(line);
            var broken = chain.LinkProblem(entry, expected, previous)
                ?? (LogMonth.Of(entry!.OccurredAt).ToString() != header.Month ? $"entry {expected} is not in {header.Month}" : null);
            if (broken is not null)
            {
                return (header.Month, new ChainVerification(false, expected - header.FirstSequence, expected, broken));
            }

            (expected, previous, line) = (expected + 1, entry!.Hash, next);
        }

        return (header.Month, new ChainVerification(false, 0, header.FirstSequence, "the file ends without its trailer: it was cut short"));
    }

    private static T? Read<T>(string line)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
