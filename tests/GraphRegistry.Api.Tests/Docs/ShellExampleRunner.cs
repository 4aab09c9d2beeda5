using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// The docs' shell snippets that talk to the registry: a snippet that uses <c>$TOKEN</c> sets it
/// (with the registry's <c>token</c> command, whose arguments name the principal), and each curl
/// line is sent as written (path and body) over HTTP with that principal's real token.
/// </summary>
public sealed partial class ShellExampleRunner(RegistryApplication registry)
{
    public async Task<IReadOnlyList<string>> ProblemsAsync(MarkdownDocument document, FencedBlock block)
    {
        var text = block.Text.Replace("\\\n", " ", StringComparison.Ordinal);
        if (!text.Contains("$TOKEN", StringComparison.Ordinal))
        {
            return [];
        }

        if (TokenLine().Match(text) is not { Success: true } token)
        {
            return [$"{document.Where(block.Line)}: uses $TOKEN without setting it (TOKEN=$(dotnet run --no-build --project src/GraphRegistry.Api -- token …))"];
        }

        using var client = registry.CreateClient(Principal(token.Groups["args"].Value.Trim()));
        var problems = new List<string>();
        foreach (Match curl in Curl().Matches(text))
        {
            using var content = new StringContent(curl.Groups["body"].Value, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            using var response = await client.PostAsync(curl.Groups["path"].Value, content);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            {
                problems.Add($"{document.Where(block.Line)}: {(int)response.StatusCode} {body}");
            }
        }

        return problems;
    }

    private static RegistryPrincipal Principal(string arguments) => arguments.Split(' ') switch
    {
        ["--agency", var code] => TestPrincipals.Agency(code),
        ["--citizen", TourHousehold.HeadNationalId] => TestPrincipals.Citizen(TourHousehold.HeadPublicId),
        ["--officer"] => TestPrincipals.Officer,
        ["--admin"] => TestPrincipals.Admin,
        ["--analyst"] => TestPrincipals.Analyst,
        _ => TestPrincipals.Operator,
    };

    [GeneratedRegex(@"TOKEN=\$\(dotnet run (?:--no-build )?--project src/GraphRegistry\.Api -- token (?<args>[^)|]*?)\s*(?:2>|\||\))")]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"curl -s localhost:5080(?<path>/\S*) .*?-d '(?<body>[^']*)'")]
    private static partial Regex Curl();
}
