using System.Globalization;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// The chain's last committed link, kept outside the database (data/access-log.head): a log cut
/// short at its end still verifies link by link, but no longer reaches its recorded head.
/// </summary>
/// <remarks>
/// This process knows its latest head at once; the file follows within <see cref="WriteInterval"/>
/// and on shutdown. Writing and renaming the file after every commit cost as much as the commit
/// itself (the rename starts writeback on ext4), and every agency request waits for a commit. The
/// file was never forced to disk, so a crash could already lose its last update: the interval
/// widens that window to about a second of entries.
/// </remarks>
public sealed class AccessLogHead : IDisposable
{
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(1);

    private readonly string file;
    private readonly ILogger<AccessLogHead> logger;
    private readonly Lock gate = new();
    private readonly Timer flushTimer;
    private (long Sequence, string Hash)? latest;
    private bool unwritten;

    public AccessLogHead(RegistryDataDirectory dataDirectory, ILogger<AccessLogHead> logger)
    {
        file = dataDirectory.Resolve("access-log.head");
        this.logger = logger;
        flushTimer = new Timer(_ => TryFlush(), null, WriteInterval, WriteInterval);
    }

    public void Record(long sequence, string hash)
    {
        lock (gate)
        {
            if (latest is { } known && known.Sequence >= sequence)
            {
                return;
            }

            latest = (sequence, hash);
            unwritten = true;
        }
    }

    /// <summary>Writes the latest head to the file now, if it has moved since the last write.</summary>
    public void Flush()
    {
        lock (gate)
        {
            if (!unwritten || latest is not { } head)
            {
                return;
            }

            // Nodes sharing a data directory record after their own commits, in any order: the file
            // only moves forward. (Each node's file is a lower bound on the head of the one chain.)
            if (ReadFile() is not { } recorded || recorded.Sequence < head.Sequence)
            {
                // Write then rename: a reader sees the old head or the new one, never half of either.
                // Named per write: nodes sharing a data directory never move each other's half-written file.
                var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
                File.WriteAllText(temporary, $"{head.Sequence.ToString(CultureInfo.InvariantCulture)} {head.Hash}");
                File.Move(temporary, file, overwrite: true);
            }

            unwritten = false;
        }
    }

    /// <summary>The later of the head this process recorded and the one in the file.</summary>
    public (long Sequence, string Hash)? Read()
    {
        var recorded = ReadFile();
        lock (gate)
        {
            return latest is { } known && (recorded is null || known.Sequence > recorded.Value.Sequence) ? known : recorded;
        }
    }

    public void Dispose()
    {
        flushTimer.Dispose();
        TryFlush();
    }

    // In the background and at shutdown a failed write must not stop the registry: it is logged,
    // and the head stays unwritten so the next attempt tries again.
    private void TryFlush()
    {
        try
        {
            Flush();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Recording the access log head failed with {ExceptionType}", exception.GetType().Name);
        }
    }

    private (long Sequence, string Hash)? ReadFile()
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var parts = File.ReadAllText(file).Split(' ', 2);
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? (sequence, parts[1].Trim()) : null;
    }
}
