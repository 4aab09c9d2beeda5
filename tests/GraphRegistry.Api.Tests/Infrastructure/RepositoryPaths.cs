namespace GraphRegistry.Api.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding GraphRegistry.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Schema => Path.Combine(Root, "schema");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphRegistry.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GraphRegistry.sln not found above the test binaries.");
    }
}
