using System.Globalization;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// The chain's last committed link, kept outside the database (data/access-log.head): a log cut
/// short at its end still verifies link by link, but no longer reaches its recorded head.
/// </summary>
public sealed class AccessLogHead(RegistryDataDirectory dataDirectory)
{
    private readonly string file = dataDirectory.Resolve("access-log.head");

    public void Record(long sequence, string hash)
    {
        // Nodes sharing a data directory record after their own commits, in any order: the file
        // only moves forward. (Each node's file is a lower bound on the head of the one chain.)
        if (Read() is { } recorded && recorded.Sequence >= sequence)
        {
            return;
        }

        // Write then rename: a reader sees the old head or the new one, never half of either.
        // Named per write: nodes sharing a data directory never move each other's half-written file.
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, $"{sequence.ToString(CultureInfo.InvariantCulture)} {hash}");
        File.Move(temporary, file, overwrite: true);
    }

    public (long Sequence, string Hash)? Read()
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var parts = File.ReadAllText(file).Split(' ', 2);
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? (sequence, parts[1].Trim()) : null;
    }
}
