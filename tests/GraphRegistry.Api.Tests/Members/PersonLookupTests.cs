using GraphRegistry.Api.Data;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Members;

[Collection(RegistryCollection.Name)]
public sealed class PersonLookupTests(SharedRegistry registry)
{
    private const string ByNationalId = """
        query($nationalId: String!) {
          personByNationalId(nationalId: $nationalId) { id nationalId firstNameLatin lastNameArabic household { id } membership { relationship } }
        }
        """;

    private readonly HttpClient client = registry.CreateClient(TestPrincipals.Operator);

    [Fact]
    public async Task Finds_a_person_by_national_id_through_the_blind_index()
    {
        var household = DemoPlaintext.Of(registry)[7];
        var person = household.Members.First(m => m.NationalId is not null);

        // Lower case and spaces normalise to the same blind index.
        var response = await client.PostGraphQLAsync(ByNationalId, new { nationalId = " " + person.NationalId!.ToLowerInvariant() + " " });

        var found = response.Data.GetProperty("personByNationalId");
        Assert.Equal(person.PublicId, found.GetProperty("id").GetString());
        Assert.Equal(person.NationalId, found.GetProperty("nationalId").GetString());
        Assert.Equal(person.FirstName.Latin, found.GetProperty("firstNameLatin").GetString());
        Assert.Equal(person.LastName.Arabic, found.GetProperty("lastNameArabic").GetString());
        Assert.Equal(household.PublicId, found.GetProperty("household").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Finds_a_person_by_idcs()
    {
        var person = DemoPlaintext.Of(registry)[3].Members[^1];

        var response = await client.PostGraphQLAsync("query($idcs: String!) { personByIdcs(idcs: $idcs) { id idcs } }", new { idcs = person.Idcs });

        Assert.Equal(person.PublicId, response.Data.GetProperty("personByIdcs").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("ZZ999999", "NOT_FOUND")]
    [InlineData("not-a-cnie-123456789", "INVALID_ARGUMENT")]
    [InlineData("", "INVALID_ARGUMENT")]
    public async Task Unknown_or_malformed_national_ids_are_refused_without_echo(string nationalId, string code)
    {
        var response = await client.PostGraphQLAsync(ByNationalId, new { nationalId });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("personByNationalId").ValueKind);
        if (nationalId.Length > 0)
        {
            Assert.DoesNotContain(nationalId, response.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_lookup_query_seeks_the_blind_index_instead_of_scanning()
    {
        _ = registry.CreateClient(TestPrincipals.Operator);
        var index = registry.Service<BlindIndex>().Compute(BlindIndexedField.NationalId, "AB123456");
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        if (TestDatabase.IsPostgreSql)
        {
            // A table of a few dozen rows is cheaper to scan, so the planner is told to use an index if one serves.
            var steps = await ExplainOnPostgreSqlAsync(registry, index);
            Assert.Contains(steps, step => step.Contains("IX_Persons_NationalIdIndex", StringComparison.Ordinal));
            Assert.DoesNotContain(steps, step => step.Contains("Seq Scan", StringComparison.Ordinal));
            return;
        }

        var sql = db.Persons.Where(p => p.NationalIdIndex == index).ToQueryString();
        var statement = string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal) && !line.StartsWith(".param", StringComparison.Ordinal)));

        var plan = await ExplainAsync(registry.DatabaseFile, statement);

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Persons_NationalIdIndex", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ExplainOnPostgreSqlAsync(RegistryApplication registry, byte[] index)
    {
        await using var connection = await TestDatabase.OpenAsync(registry);
        await using var command = connection.CreateCommand();
        command.CommandText = "SET enable_seqscan = off; EXPLAIN SELECT * FROM \"Persons\" WHERE \"NationalIdIndex\" = @index";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "index";
        parameter.Value = index;
        command.Parameters.Add(parameter);
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(0));
            }
        }
        while (await reader.NextResultAsync());

        return steps;
    }

    private static async Task<List<string>> ExplainAsync(string databaseFile, string statement)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}
