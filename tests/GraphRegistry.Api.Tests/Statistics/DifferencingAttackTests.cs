using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Enrollments;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Statistics;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// The three differencing attacks the documentation used to list as open, played by an analyst
/// who knows the method. Each attack is tried many times; the truth comes from the database. With
/// suppression alone every try recovered the exact count; with cell-key noise a try succeeds only
/// when independent noises happen to cancel, and each test allows no more exact recoveries than
/// luck gives once in a billion runs (<see cref="BinomialBound"/>).
/// </summary>
public sealed class DifferencingAttackTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2400, ownsDirectory: true, "Development");

    /// <summary>Limit 1: two what-if thresholds one step apart, subtracted, should count the region's households in that score slice.</summary>
    [Fact]
    public async Task Two_what_ifs_one_step_apart_no_longer_count_the_slice_between_them()
    {
        var oracle = CellKeyOracle.Of(registry);
        var facts = await FactsAsync(registry, "ASD");
        var analyst = registry.CreateClient(TestPrincipals.Analyst);
        var thresholds = Enumerable.Range(80, 31).Select(t => t / 10.0).ToList();
        var published = new Dictionary<double, Dictionary<string, long?>>();
        foreach (var threshold in thresholds)
        {
            var response = await analyst.PostGraphQLAsync(
                """query($t: Float!) { thresholdWhatIf(program: "ASD", threshold: $t) { cells { keys count } } }""", new { t = threshold });
            Assert.Empty(response.ErrorCodes);
            published[threshold] = response.Data.GetProperty("thresholdWhatIf").GetProperty("cells").EnumerateArray()
                .Where(c => c.GetProperty("keys")[1].GetString() == "ELIGIBLE")
                .ToDictionary(c => c.GetProperty("keys")[0].GetString()!, Count);
        }

        var tries = 0;
        var exact = 0;
        foreach (var region in facts.Select(f => f.Region).Distinct())
        {
            int Eligible(double t) => facts.Count(f => f.Region == region && f is { Score: { } s, CriteriaMet: true } && s <= t);

            // Disjoint pairs of strictly growing sets: their cell keys, and so their noises, are independent.
            var lastUsed = -1;
            for (var i = 0; i + 1 < thresholds.Count; i++)
            {
                var (low, high) = (Eligible(thresholds[i]), Eligible(thresholds[i + 1]));
                if (low < oracle.Minimum + oracle.MaximumNoise || high == low || low <= lastUsed)
                {
                    continue;
                }

                var difference = published[thresholds[i + 1]][region]!.Value - published[thresholds[i]][region]!.Value;
                Assert.InRange(difference - (high - low), -2 * oracle.MaximumNoise, 2 * oracle.MaximumNoise);
                tries++;
                exact += difference == high - low ? 1 : 0;
                lastUsed = high;
                i++;
            }
        }

        AssertLuckAtMost(tries, exact, oracle.SameNoiseChance());
    }

    /// <summary>Limit 2: the same coverage table before and after one enrolment per region should show each enrolment as a change of one.</summary>
    [Fact]
    public async Task A_table_asked_before_and_after_an_enrolment_no_longer_shows_it()
    {
        var oracle = CellKeyOracle.Of(registry);
        var facts = await FactsAsync(registry, "ASD");
        var candidates = facts.Where(f => f.Eligible == true).GroupBy(f => f.Region).Where(g => g.Count() >= oracle.Minimum + oracle.MaximumNoise + 4).ToDictionary(g => g.Key, g => g.ToList());
        var analyst = registry.CreateClient(TestPrincipals.Analyst);
        var states = new List<Dictionary<string, long?>> { await NotEnrolledAsync(analyst) };
        for (var step = 0; step < 4; step++)
        {
            await EnrolAsync([.. candidates.Values.Select(households => households[step].Id)]);
            states.Add(await NotEnrolledAsync(analyst));
        }

        var tries = 0;
        var exact = 0;
        foreach (var region in candidates.Keys)
        {
            // Pairs (0, 1) and (2, 3): four nested sets, each a household smaller, so independent keys.
            foreach (var before in new[] { 0, 2 })
            {
                var shrink = states[before][region]!.Value - states[before + 1][region]!.Value;
                tries++;
                exact += shrink == 1 ? 1 : 0;
            }
        }

        AssertLuckAtMost(tries, exact, oracle.SameNoiseChance());
    }

    /// <summary>
    /// Limit 3: with published zeros read as empty and hidden cells known to hold 1 to minimum − 1,
    /// a row's total minus its published cells pinned its hidden cells. A try is a row the attacker
    /// can pin; it succeeds when every pinned value is the truth, which needs the row's noises to
    /// cancel: at most the largest probability of any single noise (a row of the table for the smallest counts).
    /// </summary>
    [Fact]
    public async Task Published_zeros_and_a_row_total_no_longer_pin_a_hidden_cell()
    {
        // A registry of 1,200 households has a handful of rows to pin; four independent registries give enough tries.
        var (tries, exact) = (0, 0);
        for (var i = 0; i < 4; i++)
        {
            using var small = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 1200, ownsDirectory: true, "Development",
                new Dictionary<string, string> { ["Registry:DemoSeed"] = (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            var (t, e) = await PinRowsAsync(small);
            (tries, exact) = (tries + t, exact + e);
        }

        var options = registry.Service<IOptions<StatisticsOptions>>().Value;
        var largestNoiseChance = Enumerable.Range(1, options.MaximumNoise).Max(count => PerturbationTable.Row(count, options.MaximumNoise, options.Probabilities).Max());
        AssertLuckAtMost(tries, exact, largestNoiseChance);
    }

    public void Dispose() => registry.Dispose();

    private static async Task<(int Tries, int Exact)> PinRowsAsync(RegistryApplication target)
    {
        var oracle = CellKeyOracle.Of(target);
        var response = await target.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(
            "{ householdCounts(by: [PROVINCE, SCORE_BAND]) { cells { keys count } rowTotals { keys count } columnTotals { keys } } }");
        Assert.Empty(response.ErrorCodes);
        var table = response.Data.GetProperty("householdCounts");
        var bands = table.GetProperty("columnTotals").EnumerateArray().Select(c => c.GetProperty("keys")[0].GetString()!).ToList();
        var edges = target.Service<IOptions<StatisticsOptions>>().Value.Edges;
        var truth = (await FactsAsync(target, "ASD"))
            .GroupBy(f => (f.Province, Band: f.Score is { } score ? bands[edges.Count(e => score > e)] : bands[^1]))
            .ToDictionary(g => g.Key, g => (long)g.Count());
        var cells = table.GetProperty("cells").EnumerateArray().Select(c => (Province: c.GetProperty("keys")[0].GetString()!, Band: c.GetProperty("keys")[1].GetString()!, Count: Count(c))).ToList();

        var tries = 0;
        var exact = 0;
        foreach (var row in table.GetProperty("rowTotals").EnumerateArray().Where(r => Count(r) is not null))
        {
            var province = row.GetProperty("keys")[0].GetString()!;
            var inRow = cells.Where(c => c.Province == province).ToList();
            var hidden = inRow.Where(c => c.Count is null).ToList();
            var residual = Count(row)!.Value - inRow.Sum(c => c.Count ?? 0);
            var top = oracle.Minimum - 1;
            var low = Math.Max(1, residual - ((hidden.Count - 1) * top));
            var high = Math.Min(top, residual - (hidden.Count - 1));
            if (hidden.Count == 0 || low != high)
            {
                continue;
            }

            tries++;
            exact += hidden.All(c => truth.GetValueOrDefault((c.Province, c.Band)) == low) ? 1 : 0;
        }

        return (tries, exact);
    }

    private static void AssertLuckAtMost(int tries, int exact, double chance)
    {
        var allowed = BinomialBound.MostByLuck(tries, chance);
        Assert.True(allowed < tries, $"{tries} tries are too few to tell noise from luck (chance {chance:F3} each)");
        Assert.True(exact <= allowed, $"the attacker recovered {exact} of {tries} counts exactly; luck alone (chance {chance:F3} each) gives more than {allowed} less than once in 10⁹ runs");
    }

    private static long? Count(JsonElement cell) => cell.GetProperty("count").ValueKind == JsonValueKind.Null ? null : cell.GetProperty("count").GetInt64();

    private static async Task<Dictionary<string, long?>> NotEnrolledAsync(HttpClient analyst)
    {
        var response = await analyst.PostGraphQLAsync("""{ householdCounts(by: [REGION, COVERAGE], program: "ASD") { cells { keys count } } }""");
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty("householdCounts").GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("keys")[1].GetString() == "ELIGIBLE_NOT_ENROLLED")
            .ToDictionary(c => c.GetProperty("keys")[0].GetString()!, Count);
    }

    private async Task EnrolAsync(IEnumerable<long> households)
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        db.Enrollments.AddRange(households.Select(id => new Enrollment
        {
            HouseholdId = id,
            ProgramCode = "ASD",
            Status = EnrollmentStatus.Enrolled,
            EffectiveOn = new DateOnly(2026, 12, 1),
            Reference = $"ASD-{id}",
            RecordedBy = "agency:CNSS",
            RecordedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<List<(long Id, string Region, string Province, double? Score, bool? CriteriaMet, bool? Eligible)>> FactsAsync(RegistryApplication target, string program)
    {
        await using var db = await target.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var rows = await db.Households.Where(h => h.Status != HouseholdStatus.Radiated).OrderBy(h => h.Id).Select(h => new
        {
            h.Id,
            h.RegionCode,
            h.ProvinceCode,
            Score = db.ScoreComputations.Where(s => s.HouseholdId == h.Id).OrderByDescending(s => s.Id).Select(s => (double?)(s.CorrectedScore ?? s.CalculatedScore)).FirstOrDefault(),
            CriteriaMet = db.EligibilityDecisions.Where(d => d.HouseholdId == h.Id && d.ProgramCode == program).OrderByDescending(d => d.Id).Select(d => (bool?)d.CriteriaMet).FirstOrDefault(),
            Eligible = db.EligibilityDecisions.Where(d => d.HouseholdId == h.Id && d.ProgramCode == program).OrderByDescending(d => d.Id).Select(d => (bool?)d.Eligible).FirstOrDefault(),
        }).ToListAsync();
        return [.. rows.Select(r => (r.Id, r.RegionCode, r.ProvinceCode, r.Score, r.CriteriaMet, r.Eligible))];
    }
}
