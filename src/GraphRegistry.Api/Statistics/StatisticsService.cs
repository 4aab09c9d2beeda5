using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Counts households or persons along fixed dimensions and publishes them through disclosure
/// control. Nothing here returns or logs a household: only perturbed counts leave, and small ones
/// are hidden. Each distinct question is charged to the analyst's budget once it is known to be valid.
/// </summary>
public sealed class StatisticsService(IDbContextFactory<RegistryDbContext> contexts, IOptions<StatisticsOptions> options, QuestionBudget budget, TimeProvider clock)
{
    public const string Households = "HOUSEHOLDS";
    public const string Persons = "PERSONS";

    private readonly DimensionCategories categories = new(options.Value.Edges);

    private readonly PerturbationTable noise = new(options.Value.MaximumNoise, options.Value.Probabilities);

    /// <summary>Refuses a question before anything is read or logged; returns the suppression minimum it asks for.</summary>
    private int Check(IReadOnlyList<StatisticDimension> by, string? program, string? scoreModel, int? minimumCount)
    {
        if (by.Count is < 1 or > 2 || by.Distinct().Count() != by.Count)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'by' names one or two different dimensions.");
        }

        if (by.Contains(StatisticDimension.Region) && by.Contains(StatisticDimension.Province))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "PROVINCE already lies within REGION; ask for one of them.");
        }

        if (by.Contains(StatisticDimension.Coverage) != (program is not null))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'program' is required with COVERAGE, and only with it.");
        }

        if (scoreModel is not null && !by.Contains(StatisticDimension.ScoreBand))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'scoreModel' chooses the scores of SCORE_BAND; ask for that dimension.");
        }

        return Minimum(minimumCount);
    }

    public async Task<StatisticTable> CountAsync(string analyst, IReadOnlyList<StatisticDimension> by, string unit, string? program, string? scoreModel, int? minimumCount, CancellationToken cancellationToken)
    {
        var minimum = Check(by, program, scoreModel, minimumCount);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await CheckProgramAsync(db, program, cancellationToken);
        if (scoreModel is not null && !await db.ScoreComputations.AnyAsync(s => s.ModelVersion == scoreModel, cancellationToken))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "No score was computed with this model version.");
        }

        // Built in one fixed order whatever order was asked: [A, B] and [B, A] are one table, one question.
        var canonical = by.Order().ToList();
        var request = new TableRequest([.. canonical.Select(Name)], unit, program);
        await budget.SpendAsync(analyst, $"{unit}|{string.Join(',', request.Dimensions)}|{program}|{scoreModel}|{minimum}", cancellationToken);
        var households = new Dictionary<(string, string), CellTally>();
        var persons = new Dictionary<(string, string), CellTally>();
        await foreach (var fact in HouseholdFacts.Stream(db, program, scoreModel).WithCancellation(cancellationToken))
        {
            var key = (categories.Label(canonical[0], fact), canonical.Count == 2 ? categories.Label(canonical[1], fact) : string.Empty);
            households[key] = households.GetValueOrDefault(key).Add(1, fact.RecordKey);
            persons[key] = persons.GetValueOrDefault(key).Add(fact.Size, fact.MemberKeySum);
        }

        var shape = Shape(canonical, households);
        var table = unit == Persons
            ? StatisticTableBuilder.Build(request, shape, persons, minimum, noise, householdTallies: households)
            : StatisticTableBuilder.Build(request, shape, households, minimum, noise);
        return canonical.SequenceEqual(by) ? table : StatisticTableBuilder.Transpose(table);
    }

    /// <summary>
    /// How many households per region a proposed threshold would make eligible, from the latest
    /// scores and criteria, without publishing anything: the counts a publication and a rescore would give.
    /// </summary>
    public async Task<StatisticTable> WhatIfAsync(string analyst, string program, double threshold, Comparator? comparator, int? minimumCount, CancellationToken cancellationToken)
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
        if (inForce is not null && inForce.Comparator == compare && inForce.Threshold == threshold)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "This is the threshold in force; COVERAGE counts who it covers.");
        }

        await budget.SpendAsync(analyst, FormattableString.Invariant($"WHAT_IF|{program}|{threshold}|{compare}|{minimum}"), cancellationToken);
        var counts = new Dictionary<(string, string), CellTally>();
        await foreach (var fact in HouseholdFacts.Stream(db, program).WithCancellation(cancellationToken))
        {
            var proposed = fact is { Score: { } score, CriteriaMet: true } && EligibilityEvaluator.Passes(score, compare, threshold);
            var key = (fact.RegionCode, WhatIfChange.Of(proposed));
            counts[key] = counts.GetValueOrDefault(key).Add(1, fact.RecordKey);
        }

        var request = new TableRequest([Name(StatisticDimension.Region), WhatIfChange.Dimension], Households, program);
        var shape = new TableShape(categories.Of(StatisticDimension.Region), WhatIfChange.Categories);
        return StatisticTableBuilder.Build(request, shape, counts, minimum, noise);
    }

    public static string Name(StatisticDimension dimension) => dimension switch
    {
        StatisticDimension.ScoreBand => "SCORE_BAND",
        StatisticDimension.SizeBand => "SIZE_BAND",
        _ => dimension.ToString().ToUpperInvariant(),
    };

    private TableShape Shape(List<StatisticDimension> canonical, Dictionary<(string, string), CellTally> counts)
    {
        // A category the configuration does not list (a province added since) is still counted.
        var lists = canonical.Select((dimension, k) =>
        {
            var known = categories.Of(dimension);
            var seen = counts.Keys.Select(key => k == 0 ? key.Item1 : key.Item2).Distinct().Except(known).Order(StringComparer.Ordinal);
            return (IReadOnlyList<string>)[.. known, .. seen];
        }).ToList();
        return new TableShape(lists[0], canonical.Count == 2 ? lists[1] : null);
    }

    private int Minimum(int? asked)
    {
        var floor = options.Value.MinimumCellCount;
        return asked switch
        {
            null => floor,
            { } value when value >= floor && value <= Math.Max(floor, StatisticTableBuilder.HighestMinimum) => value,
            _ => throw new RegistryError(ErrorCodes.InvalidArgument, $"'minimumCount' may raise the suppression minimum up to {StatisticTableBuilder.HighestMinimum}, never lower it below {floor}."),
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
