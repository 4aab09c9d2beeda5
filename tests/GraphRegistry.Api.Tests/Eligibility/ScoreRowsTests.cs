using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>
/// Rescoring builds its rows without EF's converters where it can (lists as JSON text on SQLite,
/// the batch's time boxed once): every value must be what EF's converter gives for the column.
/// </summary>
public sealed class ScoreRowsTests : IDisposable
{
    private static readonly DateTime Stamp = new(2026, 12, 1, 9, 1, 58, DateTimeKind.Utc);

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 0, ownsDirectory: true, "Development");

    public static TheoryData<string[]> Lists => new()
    {
        Array.Empty<string>(),
        new[] { "score 10.317818 > 9.6", "no member aged 6–18 in school" },
        new[] { "quote \" backslash \\ tab \t newline \n", "<script>&'", "emoji 🙂, arabic نعم, tifinagh ⵣ" },
        new[] { "\u0000 and \u001f and \u007f and \u2028" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Decision_lists_are_stored_as_EFs_converter_writes_them(string[] values)
    {
        var format = await FormatAsync();
        var row = format.For(Score(), [Decision([.. values], [.. values])]).Decisions[0];

        var reasons = Array.IndexOf(format.Decisions.Properties, nameof(EligibilityDecision.Reasons));
        var top = Array.IndexOf(format.Decisions.Properties, nameof(EligibilityDecision.TopVariables));
        Assert.Equal(format.Decisions.ToProvider(reasons, values.ToList()), row[reasons]);
        Assert.Equal(format.Decisions.ToProvider(top, values.ToList()), row[top]);
    }

    [Fact]
    public async Task SQLite_lists_take_the_direct_JSON_path()
    {
        var format = await FormatAsync();

        Assert.Equal(!TestDatabase.IsPostgreSql, format.WritesListsAsJson);
    }

    [Fact]
    public async Task Rows_of_a_batch_share_one_boxed_time_and_another_time_keeps_its_own()
    {
        var format = await FormatAsync();
        var first = format.For(Score(), [Decision(["a"], ["x"]), Decision(["b"], ["x"])]);
        var second = format.For(Score(), [Decision(["c"], ["y"])]);
        var later = format.For(Score(Stamp.AddTicks(1)), [Decision(["d"], ["z"], Stamp.AddTicks(1))]);

        var computedAt = Array.IndexOf(format.Scores.Properties, nameof(ScoreComputation.ComputedAt));
        var decidedAt = Array.IndexOf(format.Decisions.Properties, nameof(EligibilityDecision.DecidedAt));
        Assert.Same(first.Score[computedAt], second.Score[computedAt]);
        Assert.Same(first.Decisions[0][decidedAt], first.Decisions[1][decidedAt]);
        Assert.Same(first.Score[computedAt], second.Decisions[0][decidedAt]);
        Assert.Equal(Stamp, first.Score[computedAt]);
        Assert.Equal(Stamp.AddTicks(1), later.Score[computedAt]);
        Assert.Equal(Stamp.AddTicks(1), later.Decisions[0][decidedAt]);
    }

    public void Dispose() => registry.Dispose();

    private async Task<ScoreRows> FormatAsync()
    {
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return new ScoreRows(db.Model, Stamp);
    }

    private static ScoreComputation Score(DateTime? at = null) => new()
    {
        HouseholdId = 1,
        ModelVersion = "ILLUSTRATIVE-TEST",
        ComputedAt = at ?? Stamp,
        Contributions = [new VariableContribution("household_size", 5, -0.06, -0.3)],
    };

    private static EligibilityDecision Decision(List<string> reasons, List<string> topVariables, DateTime? at = null) => new()
    {
        HouseholdId = 1,
        ProgramCode = "ASD",
        Reasons = reasons,
        TopVariables = topVariables,
        DecidedAt = at ?? Stamp,
    };
}
