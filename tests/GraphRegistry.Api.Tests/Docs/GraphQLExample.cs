using System.Text.RegularExpressions;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// A fenced <c>graphql</c> block of the docs: the principal its first comment names
/// (<c># As CNSS: …</c>, <c># As citizen: …</c>; the operator when it names none) and each of its
/// operations as a document of its own, with the block's fragments, so that a block may show
/// several anonymous operations side by side.
/// </summary>
public sealed partial class GraphQLExample
{
    public const string DefaultPrincipal = "operator";

    /// <summary>The person id registry-staff.md gives its applicant: a citizen signed in before the registry knows them.</summary>
    public const string ApplicantPublicId = "p_n3wc0mer00000001";

    private GraphQLExample(string principal, IReadOnlyList<ExampleOperation> operations, string? syntaxError)
    {
        Principal = principal;
        Operations = operations;
        SyntaxError = syntaxError;
    }

    /// <summary>operator, officer, admin, analyst, citizen, applicant, or an agency code.</summary>
    public string Principal { get; }

    public IReadOnlyList<ExampleOperation> Operations { get; }

    public string? SyntaxError { get; }

    public static GraphQLExample Parse(FencedBlock block)
    {
        var principal = PrincipalLine().Match(block.Text) is { Success: true } named ? named.Groups["who"].Value : DefaultPrincipal;
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(block.Text, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException error)
        {
            return new GraphQLExample(principal, [], $"line {block.Line}: {error.Message}");
        }

        var fragments = string.Join('\n', document.Definitions.OfType<GraphQLFragmentDefinition>().Select(f => Slice(block.Text, f.Location)));
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Select(operation => new ExampleOperation(
                $"{Slice(block.Text, operation.Location)}\n{fragments}",
                block.Line + block.Text[..operation.Location.Start].Count(c => c == '\n'),
                operation.Name?.StringValue,
                operation.Variables?.Items.Select(v => v.Variable.Name.StringValue).ToList() ?? []))
            .ToList();
        return new GraphQLExample(principal, operations, null);
    }

    private static string Slice(string text, GraphQLLocation location) => text[location.Start..location.End];

    [GeneratedRegex("\\A\\s*#\\s*As\\s+(?<who>[A-Za-z]+)\\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PrincipalLine();
}

/// <summary>One operation of an example, as a document of its own, the file line it starts on, its name and variables.</summary>
public sealed record ExampleOperation(string Document, int Line, string? Name, IReadOnlyList<string> Variables);
