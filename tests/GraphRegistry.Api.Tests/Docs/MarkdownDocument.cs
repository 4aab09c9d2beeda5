using System.Text.RegularExpressions;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// One Markdown file of the documentation, read just far enough to check it: its fenced blocks,
/// its inline code spans (outside fences) and its relative links.
/// </summary>
public sealed partial class MarkdownDocument
{
    private MarkdownDocument(string relativePath, string text)
    {
        RelativePath = relativePath;
        Text = text;
        var lines = text.Split('\n');
        string? fenceLanguage = null;
        var fenceStart = 0;
        var fence = new List<string>();
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (fenceLanguage is null)
                {
                    fenceLanguage = trimmed[3..].Trim();
                    fenceStart = index + 2;
                    fence.Clear();
                }
                else
                {
                    Blocks.Add(new FencedBlock(fenceLanguage, string.Join('\n', fence), fenceStart));
                    fenceLanguage = null;
                }

                continue;
            }

            if (fenceLanguage is not null)
            {
                fence.Add(line);
                continue;
            }

            foreach (Match span in CodeSpan().Matches(line))
            {
                Spans.Add(new Located(span.Groups["code"].Value.Trim(), index + 1));
            }

            foreach (Match link in Link().Matches(line))
            {
                Links.Add(new Located(link.Groups["target"].Value, index + 1));
            }
        }
    }

    /// <summary>The path from the repository root, with forward slashes (README.md, docs/agencies.md).</summary>
    public string RelativePath { get; }

    public string Text { get; }

    public List<FencedBlock> Blocks { get; } = [];

    public List<Located> Spans { get; } = [];

    public List<Located> Links { get; } = [];

    public static MarkdownDocument Load(string root, string path) =>
        new(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path));

    public string Where(int line) => $"{RelativePath}:{line}";

    [GeneratedRegex("(?<ticks>`+)(?<code>.+?)\\k<ticks>")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("\\]\\((?<target>[^)\\s]+)\\)")]
    private static partial Regex Link();
}

/// <summary>A fenced block: its language tag, its text, and the file line its text starts on.</summary>
public sealed record FencedBlock(string Language, string Text, int Line);

/// <summary>A piece of text and the line it is on.</summary>
public sealed record Located(string Text, int Line);
