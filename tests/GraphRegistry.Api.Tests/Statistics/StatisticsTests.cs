using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>An analyst gets counts that match the database, never a small one, never a household.</summary>
[Collection(RegistryCollection.Name)]
public sealed class StatisticsTests(SharedRegistry registry)
{
    private const string Counts = """
        query($by: [StatisticDimension!]!, $program: String, $min: Int) {
          householdCounts(by: $by, program: $program, minimumCount: $min, purpose: "PLANNING") {
            dimensions minimumCount
            cells { keys count suppressed } rowTotals { keys count } columnTotals { keys count } total { count }
          }
        }
        """;

    [Fact]
    public async Task Totals_match_a_direct_count_in_the_database()
    {
        var analyst = registry.CreateClient(TestPrincipals.Analyst);

        var households = await analyst.PostGraphQLAsync(Counts, new { by = new[] { "REGION" } });
        var persons = await analyst.PostGraphQLAsync("""{ personCounts(by: [MILIEU]) { total { count } cells { keys count } } }""");

        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var byRegion = await db.Households.GroupBy(h => h.RegionCode).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var table = households.Data.GetProperty("householdCounts");
        Assert.Equal(await db.Households.LongCountAsync(), table.GetProperty("total").GetProperty("count").GetInt64());
        Assert.All(table.GetProperty("cells").EnumerateArray().Where(c => !c.GetProperty("suppressed").GetBoolean()), cell =>
            Assert.Equal(byRegion.GetValueOrDefault(cell.GetProperty("keys")[0].GetString()!), cell.GetProperty("count").GetInt64()));
        Assert.Equal(await db.Memberships.LongCountAsync(m => m.EndDate == null), persons.Data.GetProperty("personCounts").GetProperty("total").GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task A_cell_of_three_households_is_suppressed_and_cannot_be_recovered()
    {
        var analyst = registry.CreateClient(TestPrincipals.Analyst);
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var threes = await db.Households.GroupBy(h => new { h.RegionCode, h.Milieu }).Where(g => g.Count() == 3).Select(g => g.Key).ToListAsync();
        Assert.NotEmpty(threes);

        var response = await analyst.PostGraphQLAsync(Counts, new { by = new[] { "REGION", "MILIEU" } });

        var table = new PublishedTable(response.Data.GetProperty("householdCounts"));
        Assert.All(threes, three =>
        {
            var milieu = three.Milieu.ToString().ToUpperInvariant();
            Assert.Null(table.Cell(three.RegionCode, milieu));
            Assert.False(table.Recoverable(three.RegionCode, milieu));
        });
        Assert.All(table.Rows, row => Assert.All(table.Columns, column =>
        {
            if (table.Cell(row, column) is null)
            {
                Assert.False(table.Recoverable(row, column), $"{row} × {column} can be worked out");
            }
        }));
    }

    [Theory]
    [InlineData("{ households(first: 1) { edges { node { id } } } }")]
    [InlineData("""{ personByNationalId(nationalId: "AB123456") { firstNameLatin } }""")]
    [InlineData("""{ household(id: "x") { address } }""")]
    [InlineData("""{ householdCounts(by: [REGION]) { total { count } } households(first: 1) { totalCount } }""")]
    public async Task An_analyst_never_reads_a_household(string query)
    {
        var response = await registry.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(query);

        Assert.NotEmpty(response.ErrorCodes);
        Assert.All(response.ErrorCodes, code => Assert.Equal("FORBIDDEN_FIELD", code));
        Assert.False(response.Json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
    }

    [Theory]
    [InlineData("""{ householdCounts(by: [REGION, MILIEU, SIZE_BAND]) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [REGION, REGION]) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [COVERAGE]) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [ELIGIBILITY], program: "ASD") { total { count } } }""", "VALIDATION")]
    [InlineData("""{ householdCounts(by: [REGION, PROVINCE]) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [REGION], minimumCount: 51) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [REGION], purpose: "to find Fatima") { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [MILIEU], scoreModel: "ILLUSTRATIVE-2025.1") { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [REGION], program: "ASD") { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [COVERAGE], program: "NOPE") { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [REGION], minimumCount: 3) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ householdCounts(by: [INCOME]) { total { count } } }""", "VALIDATION")]
    [InlineData("""{ thresholdWhatIf(program: "ASD", threshold: 9.7430015) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ thresholdWhatIf(program: "ASD", threshold: -1) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ thresholdWhatIf(program: "ASD", threshold: 9.75) { total { count } } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ thresholdWhatIf(program: "TAYSSIR", threshold: 9.6) { total { count } } }""", "INVALID_ARGUMENT")]
    public async Task Bad_questions_get_a_clear_error(string query, string code)
    {
        var response = await registry.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Each_question_is_logged_with_its_dimensions_and_never_its_counts()
    {
        var analyst = registry.CreateClient(TestPrincipals.Analyst);

        var response = await analyst.PostGraphQLAsync(Counts, new { by = new[] { "SCORE_BAND", "COVERAGE" }, program = "ASD" });

        Assert.Empty(response.ErrorCodes);
        var entry = Assert.Single(
            await OfficerLog.EntriesAsync(registry, new { purpose = "PLANNING" }),
            e => e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "Query.householdCounts(by: SCORE_BAND, COVERAGE; program: ASD)"));
        Assert.Equal("ANALYST", entry.GetProperty("principalKind").GetString());
        Assert.Single(entry.GetProperty("fields").EnumerateArray());
        Assert.Equal("PLANNING", entry.GetProperty("purpose").GetString());
        Assert.Empty(entry.GetProperty("subjects").EnumerateArray());
        Assert.Equal("ALLOWED", entry.GetProperty("outcome").GetString());
    }
}
