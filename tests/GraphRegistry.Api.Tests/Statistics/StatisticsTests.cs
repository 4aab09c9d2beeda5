using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>An analyst gets perturbed counts of what the database holds, never a small figure, never a household.</summary>
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
    public async Task Each_figure_is_the_cell_key_perturbation_of_a_direct_count()
    {
        var analyst = registry.CreateClient(TestPrincipals.Analyst);
        var oracle = CellKeyOracle.Of(registry);

        var households = await analyst.PostGraphQLAsync(Counts, new { by = new[] { "REGION" } });
        var persons = await analyst.PostGraphQLAsync("""{ personCounts(by: [MILIEU]) { total { count } cells { keys count } perturbation { maximumNoise variance additive } } }""");

        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var keys = await db.Households.Where(h => h.Status != HouseholdStatus.Radiated).Select(h => new { h.RegionCode, h.RecordKey }).ToListAsync();
        var table = households.Data.GetProperty("householdCounts");
        Assert.Equal(oracle.Published([.. keys.Select(k => k.RecordKey)]), Count(table.GetProperty("total")));
        Assert.All(table.GetProperty("cells").EnumerateArray(), cell =>
            Assert.Equal(oracle.Published([.. keys.Where(k => k.RegionCode == cell.GetProperty("keys")[0].GetString()).Select(k => k.RecordKey)]), Count(cell)));
        var members = await db.Memberships.Where(m => m.EndDate == null && m.Household!.Status != HouseholdStatus.Radiated).Select(m => new { m.Household!.Milieu, m.Person!.RecordKey }).ToListAsync();
        var personTable = persons.Data.GetProperty("personCounts");
        Assert.Equal(oracle.Published([.. members.Select(m => m.RecordKey)]), Count(personTable.GetProperty("total")));
        Assert.Equal(oracle.Published([.. members.Where(m => m.Milieu == Milieu.Rural).Select(m => m.RecordKey)]), Count(personTable.GetProperty("cells")[1]));
        Assert.Equal("""{"maximumNoise":3,"variance":2.5,"additive":false}""", personTable.GetProperty("perturbation").GetRawText());
    }

    [Fact]
    public async Task Small_figures_are_hidden_and_empty_cells_are_zero()
    {
        var response = await registry.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(Counts, new { by = new[] { "PROVINCE", "SIZE_BAND" } });

        Assert.Empty(response.ErrorCodes);
        var cells = response.Data.GetProperty("householdCounts").GetProperty("cells").EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("suppressed").GetBoolean());
        Assert.All(cells, c => Assert.True(Count(c) is null or 0 or >= 5, "a figure of 1 to 4 is published"));
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var provinces = await db.Households.Select(h => h.ProvinceCode).Distinct().ToListAsync();
        Assert.All(cells.Where(c => !provinces.Contains(c.GetProperty("keys")[0].GetString()!)), c => Assert.Equal(0, Count(c)));
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
    [InlineData("""{ householdCounts(by: [REGION], minimumCount: 4) { total { count } } }""", "INVALID_ARGUMENT")]
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

    private static long? Count(JsonElement cell) => cell.GetProperty("count").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("count").GetInt64();
}
