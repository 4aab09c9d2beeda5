using System.Text.Json;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// An analyst who asks related questions (dimensions swapped, a higher minimum, persons instead of
/// households, the same question again, a one-way table beside a two-way one) learns no figure
/// that one question alone hides, and no fresh noise to average away.
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
        foreach (var minimum in new[] { 5, 6, 9, 13, 25 })
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
    public async Task The_same_question_gets_the_same_figures_whoever_asks_and_however_often()
    {
        var first = registry.CreateClient(TestPrincipals.Analyst);
        var second = registry.CreateClient(new Api.Identity.RegistryPrincipal(Api.Identity.PrincipalKind.Analyst, "analyst:second", null, null));
        var answers = new List<string>();
        foreach (var analyst in new[] { first, second, first })
        {
            var response = await analyst.PostGraphQLAsync(Table, new { by = new[] { "PROVINCE", "MILIEU" } });
            Assert.Empty(response.ErrorCodes);
            answers.Add(response.Data.GetRawText());
        }

        // Averaging repeated answers would wash out fresh noise; the same noise averages to itself.
        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task A_row_total_is_the_figure_of_the_same_records_in_the_one_way_table()
    {
        var analyst = registry.CreateClient(TestPrincipals.Analyst);
        var twoWay = (await analyst.PostGraphQLAsync(Table, new { by = new[] { "REGION", "MILIEU" } })).Data.GetProperty("householdCounts");
        var oneWay = (await analyst.PostGraphQLAsync(Table, new { by = new[] { "REGION" } })).Data.GetProperty("householdCounts");

        Assert.Equal(oneWay.GetProperty("cells").GetRawText(), twoWay.GetProperty("rowTotals").GetRawText());
        Assert.Equal(oneWay.GetProperty("total").GetRawText(), twoWay.GetProperty("total").GetRawText());
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
