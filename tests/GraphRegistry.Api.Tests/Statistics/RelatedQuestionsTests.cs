using System.Text.Json;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// An analyst who asks related questions (dimensions swapped, a higher minimum, persons instead of
/// households, provinces beside regions) learns no count that one question alone hides.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class RelatedQuestionsTests(SharedRegistry registry)
{
    private const string Table = """
        query($by: [StatisticDimension!]!, $min: Int) {
          householdCounts(by: $by, minimumCount: $min) { cells { keys count } rowTotals { keys count } columnTotals { keys count } total { count } }
        }
        """;

    [Fact]
    public async Task Swapping_the_dimensions_hides_the_same_cells()
    {
        var regionByMilieu = await HiddenCellsAsync("householdCounts", ["REGION", "MILIEU"]);
        var milieuByRegion = (await HiddenCellsAsync("householdCounts", ["MILIEU", "REGION"])).Select(Swap).ToHashSet();

        Assert.NotEmpty(regionByMilieu);
        Assert.Equal(regionByMilieu.Order(), milieuByRegion.Order());
    }

    [Fact]
    public async Task A_higher_minimum_only_ever_hides_more()
    {
        HashSet<string>? previous = null;
        foreach (var minimum in new[] { 10, 11, 13, 17, 25 })
        {
            var hidden = await HiddenCellsAsync("householdCounts", ["REGION", "SIZE_BAND"], minimum);
            Assert.True(previous is null || previous.IsSubsetOf(hidden), $"minimum {minimum} shows a cell a lower minimum hid");
            previous = hidden;
        }
    }

    [Fact]
    public async Task A_person_table_hides_at_least_what_the_household_table_hides()
    {
        var households = await HiddenCellsAsync("householdCounts", ["REGION", "MILIEU"]);
        var persons = await HiddenCellsAsync("personCounts", ["REGION", "MILIEU"]);

        Assert.True(households.IsSubsetOf(persons));
    }

    [Fact]
    public async Task Province_and_region_tables_together_recover_no_hidden_province()
    {
        var analyst = registry.CreateClient(TestPrincipals.Analyst);
        var provinces = (await analyst.PostGraphQLAsync(Table, new { by = new[] { "PROVINCE" } })).Data.GetProperty("householdCounts");
        var regions = (await analyst.PostGraphQLAsync(Table, new { by = new[] { "REGION" } })).Data.GetProperty("householdCounts");

        // Unknowns: every hidden province and region count. Sums: each region is its provinces, the total is the regions and the provinces.
        var provinceCells = provinces.GetProperty("cells").EnumerateArray().Select(c => (Key: c.GetProperty("keys")[0].GetString()!, Count: Count(c))).ToList();
        var regionCells = regions.GetProperty("cells").EnumerateArray().Select(c => (Key: c.GetProperty("keys")[0].GetString()!, Count: Count(c))).ToList();
        var unknowns = provinceCells.Where(c => c.Count is null).Select(c => "p" + c.Key).Concat(regionCells.Where(c => c.Count is null).Select(c => "r" + c.Key)).ToList();
        Assert.Contains(unknowns, u => u.StartsWith('p'));
        var sums = regionCells.Select(r => Row(unknowns, provinceCells.Where(p => p.Key.StartsWith(r.Key + ".", StringComparison.Ordinal)).Select(p => "p" + p.Key).Append("-r" + r.Key))).ToList();
        sums.Add(Row(unknowns, provinceCells.Select(p => "p" + p.Key)));
        sums.Add(Row(unknowns, regionCells.Select(r => "r" + r.Key)));

        Assert.All(unknowns.Where(u => u.StartsWith('p')), province =>
            Assert.NotEqual(PublishedTable.Rank(sums), PublishedTable.Rank([.. sums, Row(unknowns, [province])])));
    }

    private static long? Count(JsonElement cell) => cell.GetProperty("count").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("count").GetInt64();

    // One sum over the unknowns: +1 for a name, -1 for a "-name"; published values drop out.
    private static long[] Row(List<string> unknowns, IEnumerable<string> terms)
    {
        var row = new long[unknowns.Count];
        foreach (var term in terms)
        {
            var negative = term.StartsWith('-');
            var index = unknowns.IndexOf(negative ? term[1..] : term);
            if (index >= 0)
            {
                row[index] += negative ? -1 : 1;
            }
        }

        return row;
    }

    private static string Swap(string key) => string.Join('|', key.Split('|').Reverse());

    private async Task<HashSet<string>> HiddenCellsAsync(string field, string[] by, int? minimum = null)
    {
        var response = await registry.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(
            Table.Replace("householdCounts", field, StringComparison.Ordinal), new { by, min = minimum });
        Assert.Empty(response.ErrorCodes);
        var table = response.Data.GetProperty(field);
        return
        [
            .. new[] { "cells", "rowTotals", "columnTotals" }
                .SelectMany(part => table.GetProperty(part).EnumerateArray().Select(c => (Part: part, Cell: c)))
                .Where(c => c.Cell.GetProperty("count").ValueKind == JsonValueKind.Null)
                .Select(c => (c.Part == "columnTotals" ? "*|" : string.Empty) + string.Join('|', c.Cell.GetProperty("keys").EnumerateArray().Select(k => k.GetString())) + (c.Part == "rowTotals" ? "|*" : string.Empty)),
        ];
    }
}
