using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>The contributions column reads back bit for bit, in the array form written now and the object form written before.</summary>
public sealed class ContributionsJsonTests : IDisposable
{
    private static readonly List<VariableContribution> Contributions =
    [
        new("household_size", 5, -0.06, 5 * -0.06),
        new("share_members_60_plus", 0, -0.04, 0 * -0.04),
        new("log_water_electricity_per_person", Math.Log(1 + (763.5 / 7)), 0.04, Math.Log(1 + (763.5 / 7)) * 0.04),
        new("tiny", double.Epsilon, 1e300, double.Epsilon * 1e300),
    ];

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 1, ownsDirectory: true, "Development");

    [Fact]
    public void The_array_form_reads_back_every_double_exactly()
    {
        var text = ContributionsJson.Write(Contributions);

        Assert.StartsWith("[[\"household_size\",5,-0.06,", text, StringComparison.Ordinal);
        AssertExactly(Contributions, ContributionsJson.Read(text));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-7.0)]
    [InlineData(123456789.0)]
    [InlineData(999999999.0)]
    [InlineData(1e9)]
    [InlineData(1e15)]
    [InlineData(0.5)]
    [InlineData(-0.06)]
    [InlineData(5.022629738944624)]
    public void A_number_is_written_as_the_double_form_writes_it(double value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteNumberValue(value);
        }

        var doubleForm = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);

        Assert.Equal($"[[\"v\",{doubleForm},{doubleForm},{doubleForm}]]", ContributionsJson.Write([new("v", value, value, value)]));
    }

    [Fact]
    public void Negative_zero_keeps_its_sign() =>
        Assert.Equal("[[\"v\",-0,-0,-0]]", ContributionsJson.Write([new("v", double.NegativeZero, double.NegativeZero, double.NegativeZero)]));

    [Fact]
    public void The_object_form_written_before_still_reads()
    {
        var before = JsonSerializer.Serialize(Contributions, (JsonSerializerOptions?)null);

        AssertExactly(Contributions, ContributionsJson.Read(before));
        Assert.Empty(ContributionsJson.Read("[]"));
    }

    [Fact]
    public async Task EF_reads_a_score_stored_in_the_object_form_as_it_was()
    {
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var household = await db.Households.SingleAsync();
        await registry.Service<HouseholdScorer>().ScoreAsync([household.Id], ScoreTrigger.Update, runId: null, CancellationToken.None);
        var score = await db.ScoreComputations.Where(s => s.HouseholdId == household.Id).OrderByDescending(s => s.Id).FirstAsync();
        var before = JsonSerializer.Serialize(Contributions, (JsonSerializerOptions?)null);
        await db.Database.ExecuteSqlAsync($"UPDATE \"ScoreComputations\" SET \"Contributions\" = {before} WHERE \"Id\" = {score.Id}");

        await using var reader = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        AssertExactly(Contributions, (await reader.ScoreComputations.SingleAsync(s => s.Id == score.Id)).Contributions);
    }

    public void Dispose() => registry.Dispose();

    private static void AssertExactly(List<VariableContribution> expected, List<VariableContribution> actual) =>
        Assert.Equal(
            expected.Select(c => (c.Variable, Bits(c.Value), Bits(c.Coefficient), Bits(c.Contribution))),
            actual.Select(c => (c.Variable, Bits(c.Value), Bits(c.Coefficient), Bits(c.Contribution))));

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);
}
