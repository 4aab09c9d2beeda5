using System.Text.Json;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Agencies;

/// <summary>
/// schema/agencies/CODE.graphql is what each agency may query, and what its introspection shows:
/// both are checked against the seeded grants.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class AgencySchemaFileTests(SharedRegistry registry)
{
    public static TheoryData<string> Agencies => ["CNSS", "ANSS", "MENPS"];

    [Theory]
    [MemberData(nameof(Agencies))]
    public async Task The_agency_schema_file_matches_its_grants(string agency)
    {
        _ = registry.CreateClient();

        var printed = await AgencySchemaPrinter.PrintAsync(registry, TestPrincipals.Agency(agency));

        SchemaFile.AssertMatches(Path.Combine(RepositoryPaths.Schema, "agencies", $"{agency}.graphql"), printed);
    }

    [Theory]
    [MemberData(nameof(Agencies))]
    public async Task Introspection_shows_the_agency_exactly_its_schema_file(string agency)
    {
        var response = await registry.CreateClient(TestPrincipals.Agency(agency)).PostGraphQLAsync(
            "{ __schema { types { name kind fields { name } inputFields { name } enumValues { name } } } }");

        var introspected = response.Data.GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => !t.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal) && t.GetProperty("kind").GetString() != "SCALAR")
            .SelectMany(t => Members(t).Select(member => $"{t.GetProperty("name").GetString()}.{member}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var printed = await AgencySchemaPrinter.PrintAsync(registry, TestPrincipals.Agency(agency));
        var fromFile = SdlMembers(printed);

        Assert.Equal(fromFile, introspected);
        Assert.DoesNotContain("Agency.code", introspected);
    }

    private static IEnumerable<string> Members(JsonElement type)
    {
        foreach (var list in new[] { "fields", "inputFields", "enumValues" })
        {
            if (type.GetProperty(list).ValueKind == JsonValueKind.Array)
            {
                foreach (var member in type.GetProperty(list).EnumerateArray())
                {
                    yield return member.GetProperty("name").GetString()!;
                }
            }
        }
    }

    private static List<string> SdlMembers(string sdl)
    {
        var document = GraphQLParser.Parser.Parse(sdl);
        return document.Definitions.SelectMany(definition => definition switch
        {
            GraphQLParser.AST.GraphQLObjectTypeDefinition t => (t.Fields?.Items ?? []).Select(f => $"{t.Name.StringValue}.{f.Name.StringValue}"),
            GraphQLParser.AST.GraphQLInterfaceTypeDefinition t => (t.Fields?.Items ?? []).Select(f => $"{t.Name.StringValue}.{f.Name.StringValue}"),
            GraphQLParser.AST.GraphQLInputObjectTypeDefinition t => (t.Fields?.Items ?? []).Select(f => $"{t.Name.StringValue}.{f.Name.StringValue}"),
            GraphQLParser.AST.GraphQLEnumTypeDefinition t => (t.Values?.Items ?? []).Select(v => $"{t.Name.StringValue}.{v.Name.StringValue}"),
            _ => [],
        }).Order(StringComparer.Ordinal).ToList();
    }
}
