using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// Keeps README.md and docs/ honest: every GraphQL example validates against the running schema
/// as the principal it names, and every setting, error code, command, Type.field, test class and
/// relative link the text mentions exists. A rename in the code fails here, not in a reader's hands.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed partial class DocsTests(SharedRegistry registry)
{
    public static TheoryData<string> Documents() => [.. DocumentationSet.All.Select(d => d.RelativePath)];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_graphql_example_validates_as_the_principal_it_names(string relativePath)
    {
        var document = DocumentationSet.File(relativePath);
        var validator = new ExampleValidator(registry);
        var problems = new List<string>();
        foreach (var block in document.Blocks.Where(b => b.Language == "graphql"))
        {
            problems.AddRange(await validator.ProblemsAsync(document, block));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task A_renamed_field_in_an_example_is_a_failure()
    {
        var readme = DocumentationSet.File("README.md");
        var tour = readme.Blocks.First(b => b.Language == "graphql");
        var validator = new ExampleValidator(registry);
        Assert.Empty(await validator.ProblemsAsync(readme, tour));

        var renamed = tour with { Text = tour.Text.Replace("firstNameLatin", "givenNameLatin", StringComparison.Ordinal) };
        var problems = await validator.ProblemsAsync(readme, renamed);

        Assert.Contains(problems, p => p.Contains("givenNameLatin", StringComparison.Ordinal) && p.Contains(ErrorCodes.Validation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_example_that_names_a_principal_is_held_to_its_grants()
    {
        var readme = DocumentationSet.File("README.md");
        var agencyRead = new FencedBlock("graphql", """
            # As ANSS: an address ANSS is not granted.
            query($id: ID!) { household(id: $id, purpose: "ASD_ELIGIBILITY") { address } }
            """, 1);

        var problems = await new ExampleValidator(registry).ProblemsAsync(readme, agencyRead);

        Assert.Contains(problems, p => p.Contains(ErrorCodes.ForbiddenField, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_setting_mentioned_exists_and_every_setting_is_in_the_operations_reference()
    {
        var unknown = Mentions(RegistryNames.SettingMention())
            .Where(m => !RegistryNames.Settings.Contains(m.Text) && !RegistryNames.Sections.Contains(m.Text))
            .Select(m => $"{m.Where}: {m.Text}");
        Assert.Empty(unknown);

        var reference = DocumentationSet.File("docs/operations.md").Text;
        Assert.Empty(RegistryNames.Settings.Where(s => !reference.Contains($"`{s}", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_code_mentioned_exists_and_every_error_code_is_explained_to_agencies()
    {
        var unknown = Spans(UpperSnake())
            .Where(s => !RegistryNames.ErrorCodeValues.Contains(s.Text) && !RegistryNames.UpperSnakeWords.Contains(s.Text))
            .Select(s => $"{s.Where}: {s.Text}");
        Assert.Empty(unknown);

        var agencies = DocumentationSet.File("docs/agencies.md").Text;
        Assert.Empty(RegistryNames.ErrorCodeValues.Where(code => !agencies.Contains($"`{code}`", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_command_shown_is_a_command_of_the_registry()
    {
        var unknown = Mentions(CommandLine())
            .Select(m => (m.Where, Name: CommandLine().Match(m.Text).Groups["name"].Value))
            .Where(c => !RegistryNames.Commands.Contains(c.Name))
            .Select(c => $"{c.Where}: {c.Name}");

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_type_field_mentioned_is_in_the_schema()
    {
        var schema = registry.Service<RegistrySchema>();
        schema.Initialize();
        var unknown = Spans(TypeField())
            .Select(s => (s.Where, s.Text, Match: TypeField().Match(s.Text)))
            .Where(s => schema.AllTypes[s.Match.Groups["type"].Value] is IComplexGraphType type && type.GetField(s.Match.Groups["field"].Value) is null)
            .Select(s => $"{s.Where}: {s.Text}");

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_test_cited_exists()
    {
        var unknownClasses = Spans(TestClass())
            .Where(s => !RegistryNames.TestClasses.Contains(TestClass().Match(s.Text).Groups["name"].Value))
            .Select(s => $"{s.Where}: {s.Text}");
        var unknownMethods = Spans(TestMethod())
            .Where(s => !RegistryNames.TestMethods.Contains(s.Text))
            .Select(s => $"{s.Where}: {s.Text}");

        Assert.Empty(unknownClasses.Concat(unknownMethods));
    }

    [Fact]
    public void Every_relative_link_and_image_resolves()
    {
        var broken = DocumentationSet.All
            .SelectMany(d => d.Links.Select(l => (Document: d, Link: l)))
            .Where(x => !x.Link.Text.Contains("://", StringComparison.Ordinal) && !x.Link.Text.StartsWith('#') && !x.Link.Text.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(x => !Exists(x.Document, x.Link.Text))
            .Select(x => $"{x.Document.Where(x.Link.Line)}: {x.Link.Text}");

        Assert.Empty(broken);
    }

    [Fact]
    public void The_readme_stays_short()
    {
        var lines = DocumentationSet.File("README.md").Text.Split('\n').Length;

        Assert.InRange(lines, 1, 300);
    }

    private static bool Exists(MarkdownDocument document, string target)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(document.RelativePath) ?? string.Empty, target.Split('#')[0]));
        return File.Exists(path) || Directory.Exists(path);
    }

    /// <summary>Every match of the pattern anywhere in the text, fences included (a command or a setting in a code block counts).</summary>
    private static IEnumerable<(string Where, string Text)> Mentions(Regex pattern) =>
        DocumentationSet.All.SelectMany(d => d.Text.Split('\n').SelectMany((line, index) =>
            pattern.Matches(line).Select(m => (d.Where(index + 1), m.Value))));

    /// <summary>Inline code spans that are wholly one name of the pattern's kind.</summary>
    private static IEnumerable<(string Where, string Text)> Spans(Regex pattern) =>
        DocumentationSet.All.SelectMany(d => d.Spans.Where(s => pattern.IsMatch(s.Text)).Select(s => (d.Where(s.Line), s.Text)));

    [GeneratedRegex("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")]
    private static partial Regex UpperSnake();

    [GeneratedRegex("dotnet run (?:--no-build |-c Release )*--project src/GraphRegistry\\.Api -- (?<name>[a-z][a-z-]*)")]
    private static partial Regex CommandLine();

    [GeneratedRegex("^(?<type>[A-Z][A-Za-z]+)\\.(?<field>[a-z][A-Za-z]+)$")]
    private static partial Regex TypeField();

    [GeneratedRegex("^[A-Z][a-z]+(?:_[A-Za-z0-9]+){2,}$")]
    private static partial Regex TestMethod();

    [GeneratedRegex("^(?:[A-Za-z]+/)*(?<name>[A-Z][A-Za-z]+Tests)(?:\\.[A-Za-z_]+)?$")]
    private static partial Regex TestClass();
}
