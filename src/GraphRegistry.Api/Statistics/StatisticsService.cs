using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Counts households or persons along fixed dimensions and publishes them through disclosure
/// control. Nothing here returns or logs a household: only counts leave, and small ones are hidden.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<RegistryDbContext> contexts, IOptions<StatisticsOptions> options, TimeProvider clock)
{
    public const string Households = "HOUSEHOLDS";
    public const string Persons = "PERSONS";

    private static readonly StatisticDimension[] ProgrammeDimensions = [StatisticDimension.Eligibility, StatisticDimension.Enrollment, StatisticDimension.Coverage];

    private readonly DimensionCategories categories = new(options.Value.Edges);

    public async Task<StatisticTable> CountAsync(IReadOnlyList<StatisticDimension> by, string unit, string? program, string? scoreModel, int? minimumCount, CancellationToken cancellationToken)
    {
        if (by.Count is < 1 or > 2 || by.Distinct().Count() != by.Count)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'by' names one or two different dimensions.");
        }

        if (by.Any(ProgrammeDimensions.Contains) != (program is not null))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'program' is required with ELIGIBILITY, ENROLLMENT or COVERAGE, and only with them.");
        }

        if (scoreModel is not null && !by.Contains(StatisticDimension.ScoreBand))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'scoreModel' chooses the scores of SCORE_BAND; ask for that dimension.");
        }

        var minimum = Minimum(minimumCount);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await CheckProgramAsync(db, program, cancellationToken);
        if (scoreModel is not null && !await db.ScoreComputations.AnyAsync(s => s.ModelVersion == scoreModel, cancellationToken))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "No score was computed with this model version.");
        }

        var counts = new Dictionary<(string, string), long>();
        await foreach (var fact in HouseholdFacts.Stream(db, program, scoreModel).WithCancellation(cancellationToken))
        {
            var key = (categories.Label(by[0], fact), by.Count == 2 ? categories.Label(by[1], fact) : string.Empty);
            counts[key] = counts.GetValueOrDefault(key) + (unit == Persons ? fact.Size : 1);
        }

        var request = new TableRequest([.. by.Select(Name)], unit, program);
        // A category the configuration does not list (a province added since) is still counted.
        var lists = by.Select((dimension, k) =>
        {
            var known = categories.Of(dimension);
            var seen = counts.Keys.Select(key => k == 0 ? key.Item1 : key.Item2).Distinct().Except(known).Order(StringComparer.Ordinal);
            return (IReadOnlyList<string>)[.. known, .. seen];
        }).ToList();
        return StatisticTableBuilder.Build(request, lists, counts, minimum);
    }

    /// <summary>
    /// How many households per region a proposed threshold would make (in)eligible, from the latest
    /// scores and criteria, without publishing anything: the counts a publication and a rescore would give.
    /// </summary>
    public async Task<StatisticTable> WhatIfAsync(string program, double threshold, Comparator? comparator, int? minimumCount, CancellationToken cancellationToken)
    {
        var step = options.Value.WhatIfStep;
        if (!double.IsFinite(threshold) || threshold <= 0 || threshold >= 100 || Math.Abs((threshold / step) - Math.Round(threshold / step)) > 1e-6)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, $"'threshold' is a positive score below 100, in steps of {step}.");
        }

        var minimum = Minimum(minimumCount);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inForce = await CheckProgramAsync(db, program, cancellationToken);
        var compare = comparator ?? inForce?.Comparator ?? Comparator.LessOrEqual;
        var counts = new Dictionary<(string, string), long>();
        await foreach (var fact in HouseholdFacts.Stream(db, program).WithCancellation(cancellationToken))
        {
            var proposed = fact is { Score: { } score, CriteriaMet: true } && EligibilityEvaluator.Passes(score, compare, threshold);
            var key = (fact.RegionCode, WhatIfChange.Of(fact.Eligible, proposed));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var request = new TableRequest([Name(StatisticDimension.Region), WhatIfChange.Dimension], Households, program);
        return StatisticTableBuilder.Build(request, [categories.Of(StatisticDimension.Region), WhatIfChange.Categories], counts, minimum);
    }

    public static string Name(StatisticDimension dimension) => dimension switch
    {
        StatisticDimension.ScoreBand => "SCORE_BAND",
        StatisticDimension.SizeBand => "SIZE_BAND",
        _ => dimension.ToString().ToUpperInvariant(),
    };

    private int Minimum(int? asked)
    {
        var floor = options.Value.MinimumCellCount;
        return asked switch
        {
            null => floor,
            { } value when value >= floor && value <= 1_000_000 => value,
            _ => throw new RegistryError(ErrorCodes.InvalidArgument, $"'minimumCount' may raise the suppression minimum, never lower it below {floor}."),
        };
    }

    private async Task<ThresholdVersion?> CheckProgramAsync(RegistryDbContext db, string? program, CancellationToken cancellationToken)
    {
        if (program is null)
        {
            return null;
        }

        var found = await db.Programs.AsNoTracking().Include(p => p.Thresholds).SingleOrDefaultAsync(p => p.Code == program, cancellationToken)
            ?? throw new RegistryError(ErrorCodes.InvalidArgument, "No programme has this code.");
        return HouseholdScorer.InForce(found, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
