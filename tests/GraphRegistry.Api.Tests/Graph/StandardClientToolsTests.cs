using System.Text.Json;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Graph;

/// <summary>
/// The registry meets its users through standard GraphQL tools, run here as they run them: graphql-js's
/// own introspection query in all 64 combinations of its options, for every principal, must succeed
/// and give the principal's schema (an agency's is exactly its schema/agencies/CODE.graphql); GraphQL
/// Code Generator must read the schema with a principal's token and generate TypeScript that the
/// TypeScript compiler accepts, and must refuse an operation outside the principal's schema.
/// (Before, the introspection query was refused for every principal: QUERY_TOO_COMPLEX, then
/// isRepeatable, then includeDeprecated on directive arguments.)
/// </summary>
public sealed class StandardClientToolsTests : IDisposable
{
    private static readonly string Tools = Path.Combine(RepositoryPaths.Root, "tests", "graphql-tools");

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development");
    private readonly string work = RegistryApplication.CreateDataDirectory();

    public static TheoryData<string> Principals => ["agency ANSS", "agency CNSS", "agency MENPS", "citizen", "operator", "officer", "admin", "analyst"];

    [SkippableTheory]
    [MemberData(nameof(Principals))]
    public async Task Every_option_of_the_graphql_js_introspection_query_gives_the_principals_schema(string name)
    {
        SkipWithoutNode();
        var address = registry.StartOnLoopbackPort();
        var agency = name.StartsWith("agency ", StringComparison.Ordinal) ? name["agency ".Length..] : null;
        string[] arguments = agency is null ? [Url(address)] : [Url(address), Path.Combine(RepositoryPaths.Schema, "agencies", $"{agency}.graphql")];

        var (exitCode, output) = await NodeScript.RunAsync(Tools, "introspect.mjs", Environment(Principal(name)), arguments);

        Assert.True(exitCode == 0, output);
        using var summary = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        Assert.Equal(64, summary.RootElement.GetProperty("combinations").GetInt32());
        Assert.True(summary.RootElement.GetProperty("types").GetInt32() > 3, output);
        Assert.Empty(summary.RootElement.GetProperty("failures").EnumerateArray());
    }

    [SkippableTheory]
    [InlineData("agency ANSS", """
        query AgencyPerson($nationalId: String!) {
          personByNationalId(nationalId: $nationalId, purpose: "ASD_ELIGIBILITY") { id firstNameLatin birthDate household { id size } }
        }
        """, """
        import type { AgencyPersonQuery, AgencyPersonQueryVariables } from "./registry";
        export const variables: AgencyPersonQueryVariables = { nationalId: "AA234567" };
        export const household = (answer: AgencyPersonQuery): number | undefined => answer.personByNationalId?.household?.size;
        """)]
    [InlineData("citizen", """
        query MyRecord { me { firstNameLatin household { eligibility { program eligible reasons } } } }
        """, """
        import type { MyRecordQuery } from "./registry";
        export const programmes = (answer: MyRecordQuery): string[] => (answer.me?.household?.eligibility ?? []).map((d) => `${d.program}: ${d.eligible}`);
        """)]
    public async Task A_code_generator_reads_the_principals_schema_and_its_output_type_checks(string name, string operation, string usage)
    {
        SkipWithoutNode();
        var address = registry.StartOnLoopbackPort();
        var (documents, output, usageFile) = Folders("ok", operation, usage);

        var (exitCode, log) = await NodeScript.RunAsync(Tools, "codegen.mjs", Environment(Principal(name)), Url(address), documents, output, usageFile);

        Assert.True(exitCode == 0, log);
        var generated = await File.ReadAllTextAsync(Path.Combine(output, "registry.ts"));
        Assert.Contains("export type Query = {", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("AccessLogEntry", generated, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_code_generator_refuses_an_operation_outside_the_agencys_schema()
    {
        SkipWithoutNode();
        var address = registry.StartOnLoopbackPort();
        var (documents, output, _) = Folders("ungranted", """
            query Address($id: ID!) { household(id: $id, purpose: "ASD_ELIGIBILITY") { id address } }
            """, null);

        var (exitCode, log) = await NodeScript.RunAsync(Tools, "codegen.mjs", Environment(Principal("agency ANSS")), Url(address), documents, output);

        Assert.Equal(2, exitCode);
        Assert.Contains("address", log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        registry.Dispose();
        TemporaryDirectory.Delete(work);
    }

    // Node.js is on the CI machine; a developer machine without it skips, CI must not.
    private static void SkipWithoutNode() =>
        Skip.If(!NodeScript.Available && System.Environment.GetEnvironmentVariable("CI") != "true", "Node.js is not installed here.");

    private static string Url(string address) => $"{address.TrimEnd('/')}/graphql";

    private (string Documents, string Output, string Usage) Folders(string name, string operation, string? usage)
    {
        var documents = Directory.CreateDirectory(Path.Combine(work, name, "documents")).FullName;
        var output = Directory.CreateDirectory(Path.Combine(work, name, "generated")).FullName;
        File.WriteAllText(Path.Combine(documents, "operation.graphql"), operation);
        var usageFile = Path.Combine(work, name, "usage.ts");
        File.WriteAllText(usageFile, usage ?? string.Empty);
        return (documents, output, usageFile);
    }

    private RegistryPrincipal Principal(string name) => name switch
    {
        "citizen" => TestPrincipals.Citizen(DemoPlaintext.Of(registry)[0].Members[0].PublicId),
        "operator" => TestPrincipals.Operator,
        "officer" => TestPrincipals.Officer,
        "admin" => TestPrincipals.Admin,
        "analyst" => TestPrincipals.Analyst,
        _ => TestPrincipals.Agency(name["agency ".Length..]),
    };

    private Dictionary<string, string> Environment(RegistryPrincipal principal) => new() { ["REGISTRY_TOKEN"] = registry.Token(principal) };
}
