using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>
/// Bulk writers write lists of strings as JSON text themselves on SQLite, without EF's converter:
/// every value must be the text EF's converter gives for the column.
/// </summary>
public sealed class TableColumnsTests : IDisposable
{
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
    public async Task String_lists_are_stored_as_EFs_converter_writes_them(string[] values)
    {
        foreach (var (columns, column) in await ListColumnsAsync())
        {
            var expected = columns.Mapping(column).Converter is { } converter ? converter.ConvertToProvider(values.ToList()) : values.ToList();

            Assert.Equal(expected, columns.ToProvider(column, values.ToList()));
        }
    }

    [Fact]
    public async Task SQLite_string_lists_take_the_direct_JSON_path()
    {
        Assert.All(await ListColumnsAsync(), c => Assert.Equal(!TestDatabase.IsPostgreSql, c.Columns.IsJsonStringList(c.Column)));
    }

    public void Dispose() => registry.Dispose();

    // The string lists the bulk writers fill: a decision's reasons and top variables, a log entry's subjects and fields.
    private async Task<List<(TableColumns Columns, int Column)>> ListColumnsAsync()
    {
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var decisions = new TableColumns(db.Model, typeof(EligibilityDecision), [nameof(EligibilityDecision.Reasons), nameof(EligibilityDecision.TopVariables)]);
        var log = new TableColumns(db.Model, typeof(AccessLogEntry), [nameof(AccessLogEntry.Subjects), nameof(AccessLogEntry.Fields)]);
        return [(decisions, 0), (decisions, 1), (log, 0), (log, 1)];
    }
}
