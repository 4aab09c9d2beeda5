namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Removes a test's data directory once its registry has stopped.</summary>
public static class TemporaryDirectory
{
    private const int Attempts = 5;

    /// <summary>
    /// Deletes <paramref name="path"/> and everything in it. A file that appears while the tree is
    /// removed (on a loaded CI machine a stopped registry's last SQLite close or thread-pool timer
    /// can land late) makes the removal fail with "Directory not empty"; it is retried a few times,
    /// and if the directory still will not go, the error names what kept appearing in it.
    /// </summary>
    public static void Delete(string path)
    {
        for (var attempt = 1; Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException) when (attempt < Attempts)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(100 * attempt));
            }
            catch (IOException failure)
            {
                var left = Directory.Exists(path) ? string.Join(", ", Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories).Select(entry => Path.GetRelativePath(path, entry))) : "nothing";
                throw new IOException($"The test data directory could not be removed after {Attempts} attempts; left in it: {left}", failure);
            }
        }
    }
}
