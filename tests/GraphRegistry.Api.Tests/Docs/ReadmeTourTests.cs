using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Docs;

/// <summary>
/// The README's five-minute tour, done as a newcomer does it: the registry as its own process,
/// tokens from the README's own token commands, the README's GraphQL examples in order as the
/// principals they name, and its curl line, so the README cannot go stale.
/// </summary>
public sealed partial class ReadmeTourTests : IDisposable
{
    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();
    private readonly MarkdownDocument readme = DocumentationSet.File("README.md");

    [Fact]
    public async Task A_newcomer_following_the_readme_gets_a_token_and_an_agency_answer()
    {
        using var registry = RegistryProcess.Serve(Environment());
        using var http = await registry.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));

        // Every token command the README shows works as shown.
        var tokens = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var arguments in readme.Blocks.Where(b => b.Language == "sh").SelectMany(b => TokenCommand().Matches(b.Text)).Select(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            tokens[arguments[0] == "--citizen" ? "citizen" : arguments[^1].TrimStart('-')] = await TokenAsync(arguments);
        }

        var examples = readme.Blocks.Where(b => b.Language == "graphql").ToList();
        Assert.Equal(["operator", "ANSS", "ANSS", "citizen"], examples.Select(b => GraphQLExample.Parse(b).Principal));

        // The demo household comes first, as the README says, and its head is the one it names.
        var households = await RunAsync(http, tokens, examples[0]);
        var first = households.GetProperty("households").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(TourHousehold.PublicId, first.GetProperty("id").GetString());
        Assert.Contains(first.GetProperty("members").EnumerateArray(), m => m.GetProperty("person").GetProperty("nationalId").GetString() == TourHousehold.HeadNationalId);

        var found = await RunAsync(http, tokens, examples[1]);
        Assert.Equal(TourHousehold.PublicId, found.GetProperty("personByNationalId").GetProperty("household").GetProperty("id").GetString());
        var decisions = await RunAsync(http, tokens, examples[2]);
        var decision = Assert.Single(decisions.GetProperty("eligibilityCheck").EnumerateArray());
        Assert.NotEmpty(decision.GetProperty("reasons").EnumerateArray());

        // "Then sign in as that person (token --citizen AA234567)": ANSS's read is in their log.
        var me = await RunAsync(http, tokens, examples[3]);
        var who = me.GetProperty("me").GetProperty("accessLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("who").GetString());
        Assert.Contains(who, w => w!.StartsWith("Agence Nationale du Soutien Social", StringComparison.Ordinal));

        await The_curl_line_answers(registry.Address!, tokens["ANSS"]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/citizen")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/officer")).StatusCode);
    }

    public void Dispose() => TemporaryDirectory.Delete(dataDirectory);

    private async Task The_curl_line_answers(Uri address, string token)
    {
        var block = readme.Blocks.Single(b => b.Language == "sh" && b.Text.Contains("curl", StringComparison.Ordinal));
        var curl = block.Text[block.Text.IndexOf("curl", StringComparison.Ordinal)..].Replace("localhost:5080", address.Authority, StringComparison.Ordinal);
        var start = new ProcessStartInfo("bash", ["-c", curl]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["TOKEN"] = token;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("data").GetProperty("households").GetProperty("totalCount").GetInt32() > 0, output);
    }

    /// <summary>The block as typed, with the variables of the json block under it, as the principal it names.</summary>
    private async Task<JsonElement> RunAsync(HttpClient http, Dictionary<string, string> tokens, FencedBlock block)
    {
        var example = GraphQLExample.Parse(block);
        var next = readme.Blocks.IndexOf(block) + 1;
        var variables = next < readme.Blocks.Count && readme.Blocks[next].Language == "json" && example.Operations.Single().Variables.Count > 0
            ? JsonDocument.Parse(readme.Blocks[next].Text).RootElement
            : (object)new { };
        var response = await http.PostGraphQLWithTokenAsync(tokens[example.Principal], block.Text, variables);
        Assert.False(response.Json.TryGetProperty("errors", out var errors), $"README.md:{block.Line}: {errors}");
        return response.Data;
    }

    private Task<string> TokenAsync(string[] arguments) => RegistryProcess.TokenAsync(Environment(), arguments);

    // What `dotnet run` gets from appsettings.Development.json at the repository root, in a data folder of the test's own.
    private Dictionary<string, string> Environment() => new()
    {
        ["Registry__DataDirectory"] = dataDirectory,
        ["Registry__DemoHouseholds"] = "300",
        ["Registry__Database__Provider"] = "Sqlite",
    };

    [GeneratedRegex("dotnet run --no-build --project src/GraphRegistry\\.Api -- token (?<args>--[a-z]+(?: [A-Z][A-Z0-9]+)?)")]
    private static partial Regex TokenCommand();
}
