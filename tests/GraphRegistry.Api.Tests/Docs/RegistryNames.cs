using System.Reflection;
using System.Text.RegularExpressions;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// The names the docs may mention, read from the code itself: the settings the registry binds,
/// its error codes, its commands, and the words its source and seed files use.
/// </summary>
public static partial class RegistryNames
{
    private static readonly Assembly Api = typeof(ErrorCodes).Assembly;

    /// <summary>The options sections themselves (Registry:Keys, Limits), which the docs may name as a group.</summary>
    public static IReadOnlySet<string> Sections { get; } = Constants("Section").ToHashSet(StringComparer.Ordinal);

    /// <summary>Every setting the registry reads: each options section's properties, and the keys it names as constants (after <see cref="Sections"/>, which it uses).</summary>
    public static IReadOnlySet<string> Settings { get; } = FindSettings();

    public static IReadOnlySet<string> ErrorCodeValues { get; } = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> Commands { get; } = Api.GetTypes()
        .Where(t => t.Namespace == "GraphRegistry.Api.Commands")
        .Select(t => t.GetField("Name", BindingFlags.Public | BindingFlags.Static))
        .Where(f => f is { IsLiteral: true })
        .Select(f => (string)f!.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every UPPER_SNAKE word of the source, the schema, the seeds and the CI scripts: enum values, purposes, environment variables.</summary>
    public static IReadOnlySet<string> UpperSnakeWords { get; } = FindUpperSnakeWords();

    /// <summary>The test classes of this suite, which the docs cite as the proof of a claim.</summary>
    public static IReadOnlySet<string> TestClasses { get; } = typeof(RegistryNames).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Tests", StringComparison.Ordinal))
        .Select(t => t.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The test methods of this suite, cited by name beside their class.</summary>
    public static IReadOnlySet<string> TestMethods { get; } = typeof(RegistryNames).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Tests", StringComparison.Ordinal))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Select(m => m.Name)
        .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("\\b(?:Registry|Limits|GraphQL|Authentication|ConnectionStrings)(?::[A-Za-z]+)+")]
    public static partial Regex SettingMention();

    private static HashSet<string> FindSettings()
    {
        var settings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in Api.GetTypes())
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } section)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                {
                    settings.Add($"{section.GetRawConstantValue()}:{property.Name}");
                }
            }
        }

        // Keys read directly rather than bound to an options class (Registry:Database:Provider, ConnectionStrings:Registry).
        foreach (var key in Constants(null).Where(k => SettingMention().Match(k) is { Success: true } m && m.Value == k))
        {
            if (!Sections.Contains(key))
            {
                settings.Add(key);
            }
        }

        return settings;
    }

    private static IEnumerable<string> Constants(string? named) => Api.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string) && (named is null || f.Name == named))
        .Select(f => (string)f.GetRawConstantValue()!);

    private static HashSet<string> FindUpperSnakeWords()
    {
        var root = RepositoryPaths.Root;
        var files = new[] { "src", "schema", ".ci" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".graphql", StringComparison.Ordinal)
                || path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".sh", StringComparison.Ordinal) || Path.GetFileName(path) == "run")
            .Where(path => !path.Contains("Assets", StringComparison.Ordinal));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (Match word in UpperSnakeWord().Matches(File.ReadAllText(file)))
            {
                words.Add(word.Value);
            }
        }

        // Environment variables the tests read (UPDATE_SCHEMA, REGISTRY_TEST_POSTGRES, …).
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match word in EnvironmentVariable().Matches(File.ReadAllText(file)))
            {
                words.Add(word.Groups["name"].Value);
            }
        }

        return words;
    }

    [GeneratedRegex("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b")]
    private static partial Regex UpperSnakeWord();

    [GeneratedRegex("GetEnvironmentVariable\\(\"(?<name>[A-Z_]+)\"\\)")]
    private static partial Regex EnvironmentVariable();
}
