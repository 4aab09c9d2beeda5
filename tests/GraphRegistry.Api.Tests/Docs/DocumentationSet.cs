using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>README.md and every Markdown file under docs/ (an example's installed packages excluded).</summary>
public static class DocumentationSet
{
    public static IReadOnlyList<MarkdownDocument> All { get; } = Load();

    public static MarkdownDocument File(string relativePath) => All.Single(d => d.RelativePath == relativePath);

    private static List<MarkdownDocument> Load()
    {
        var root = RepositoryPaths.Root;
        var files = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Where(path => !path.Contains("node_modules", StringComparison.Ordinal))
            .Prepend(Path.Combine(root, "README.md"));
        return [.. files.Order(StringComparer.Ordinal).Select(path => MarkdownDocument.Load(root, path))];
    }
}
