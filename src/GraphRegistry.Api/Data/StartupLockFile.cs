namespace GraphRegistry.Api.Data;

/// <summary>
/// The SQLite side of the start-up lock: a file beside the database (<c>registry.db.lock</c>),
/// locked exclusively by the process that migrates and seeds, and shared by a reader that must
/// not see the registry half made (the token command). On Linux .NET takes these as flock locks
/// (FileShare.None exclusive, read-only shared): they end with the handle, so a killed process
/// leaves the file but never a lock. The file is kept, not deleted, so every process locks the
/// same inode.
/// </summary>
internal static class StartupLockFile
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public static string PathFor(string databaseFile) => databaseFile + ".lock";

    /// <summary>Waits for the exclusive lock (another process may be seeding demo data) up to <paramref name="patience"/>.</summary>
    public static async Task<FileStream> AcquireExclusiveAsync(string file, TimeSpan patience, Action onWait, CancellationToken cancellationToken)
    {
        var waitingSince = DateTime.UtcNow;
        var waited = false;
        while (true)
        {
            try
            {
                return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow - waitingSince < patience)
            {
                // Held by another process preparing the same database.
                if (!waited)
                {
                    onWait();
                    waited = true;
                }

                await Task.Delay(Poll, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The shared lock, once no process holds the exclusive one; null at once when there is no lock
    /// file (no registry was ever started on this database), or when the wait ran out.
    /// </summary>
    public static async Task<(FileStream? Held, bool TimedOut)> AcquireSharedAsync(string file, TimeSpan patience, Action onWait, CancellationToken cancellationToken)
    {
        var waitingSince = DateTime.UtcNow;
        var waited = false;
        while (true)
        {
            try
            {
                return (new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), false);
            }
            catch (Exception missing) when (missing is FileNotFoundException or DirectoryNotFoundException)
            {
                return (null, false);
            }
            catch (IOException)
            {
                if (DateTime.UtcNow - waitingSince >= patience)
                {
                    return (null, true);
                }

                if (!waited)
                {
                    onWait();
                    waited = true;
                }

                await Task.Delay(Poll, cancellationToken);
            }
        }
    }
}
