using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// Runs the docs' GraphQL examples the way a reader does in GraphiQL: the block as typed, each of
/// its operations chosen by name, with the variables of the <c>json</c> block that follows it,
/// over HTTP with a real token of the principal its first line names. A variable written
/// <c>"&lt;id from Grant&gt;"</c> takes the first <c>id</c> that operation Grant answered.
/// </summary>
public sealed partial class ExampleRunner(RegistryApplication registry)
{
    private readonly Dictionary<string, JsonElement> answers = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> ProblemsAsync(MarkdownDocument document, FencedBlock block)
    {
        var example = GraphQLExample.Parse(block);
        if (example.SyntaxError is { } syntax)
        {
            return [$"{document.RelativePath}, {syntax}"];
        }

        var variables = VariablesOf(document, block);
        using var client = registry.CreateClient(Principal(example.Principal));
        var problems = new List<string>();
        foreach (var operation in example.Operations)
        {
            if (example.Operations.Count > 1 && operation.Name is null)
            {
                problems.Add($"{document.Where(operation.Line)}: an anonymous operation beside others cannot be run; name it");
                continue;
            }

            var (values, missing) = Bind(operation, variables);
            if (missing is not null)
            {
                problems.Add($"{document.Where(operation.Line)}: {missing}");
                continue;
            }

            var response = await client.PostGraphQLAsync(block.Text, values, example.Operations.Count > 1 ? operation.Name : null);
            if (response.Json.TryGetProperty("errors", out var errors))
            {
                problems.Add($"{document.Where(operation.Line)} as {example.Principal}: {(int)response.Status} {errors}");
                continue;
            }

            if (operation.Name is not null)
            {
                answers[operation.Name] = response.Data.Clone();
            }
        }

        return problems;
    }

    private (JsonObject Values, string? Missing) Bind(ExampleOperation operation, JsonObject? variables)
    {
        var values = new JsonObject();
        foreach (var name in operation.Variables)
        {
            if (variables?[name] is not { } value)
            {
                return (values, $"no value for ${name}: show it in a json block after the example");
            }

            if (value.GetValueKind() == JsonValueKind.String && Placeholder().Match(value.GetValue<string>()) is { Success: true } placeholder)
            {
                var from = placeholder.Groups["operation"].Value;
                if (!answers.TryGetValue(from, out var answer) || FirstId(answer) is not { } id)
                {
                    return (values, $"${name} is the id {from} answered, and {from} answered none");
                }

                values[name] = id;
                continue;
            }

            values[name] = value.DeepClone();
        }

        return (values, null);
    }

    private static string? FirstId(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : element.EnumerateObject().Select(p => FirstId(p.Value)).FirstOrDefault(v => v is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(FirstId).FirstOrDefault(v => v is not null),
        _ => null,
    };

    /// <summary>The json block right after the example (a few lines of prose between them allowed): GraphiQL's Variables pane.</summary>
    private static JsonObject? VariablesOf(MarkdownDocument document, FencedBlock block)
    {
        var index = document.Blocks.IndexOf(block);
        var end = block.Line + block.Text.Count(c => c == '\n') + 2;
        return index + 1 < document.Blocks.Count && document.Blocks[index + 1] is { Language: "json" } next && next.Line - end <= 6
            ? JsonNode.Parse(next.Text)?.AsObject()
            : null;
    }

    private static RegistryPrincipal Principal(string name) => name.ToLowerInvariant() switch
    {
        GraphQLExample.DefaultPrincipal => TestPrincipals.Operator,
        "officer" => TestPrincipals.Officer,
        "admin" => TestPrincipals.Admin,
        "analyst" => TestPrincipals.Analyst,
        "applicant" => TestPrincipals.Citizen(GraphQLExample.ApplicantPublicId),
        "citizen" => TestPrincipals.Citizen(TourHousehold.HeadPublicId),
        _ => TestPrincipals.Agency(name),
    };

    [GeneratedRegex("^<id from (?<operation>[A-Za-z]+)>$")]
    private static partial Regex Placeholder();
}
