using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>
/// Rescoring writes list columns as JSON text itself on SQLite, without EF's converter: every
/// value must be what EF's converter gives for the column.
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

    public void Dispose() => registry.Dispose();

    private async Task<ScoreRows> FormatAsync()
    {
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return new ScoreRows(db.Model);
    }

    private static ScoreComputation Score() => new()
    {
        HouseholdId = 1,
        ModelVersion = "ILLUSTRATIVE-TEST",
        ComputedAt = Stamp,
        Contributions = [new VariableContribution("household_size", 5, -0.06, -0.3)],
    };

    private static EligibilityDecision Decision(List<string> reasons, List<string> topVariables) => new()
    {
        HouseholdId = 1,
        ProgramCode = "ASD",
        Reasons = reasons,
        TopVariables = topVariables,
        DecidedAt = Stamp,
    };
}
