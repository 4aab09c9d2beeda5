using System.Globalization;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Scores households from their latest declaration and decides their eligibility for every
/// programme, a batch at a time in one transaction. Birth dates are decrypted here, in memory,
/// only to compute ages; nothing decrypted is stored.
/// </summary>
public sealed class HouseholdScorer(IDbContextFactory<RegistryDbContext> contexts, ScoreModelProvider models, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<ScoringBatch> ScoreAsync(IReadOnlyCollection<long> householdIds, ScoreTrigger trigger, string? runId, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(householdIds, trigger, runId, cancellationToken);
        await WriteAsync(prepared, cancellationToken);
        return prepared.Outcome;
    }

    /// <summary>
    /// Loads and scores a batch without writing it, so bulk rescoring can write one batch while it
    /// scores the next. A bulk run passes the model it read once; otherwise the model in force now.
    /// </summary>
    public async Task<PreparedScores> PrepareAsync(IReadOnlyCollection<long> householdIds, ScoreTrigger trigger, string? runId, CancellationToken cancellationToken, ScoreModel? model = null)
    {
        model ??= await models.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        List<HouseholdToScore> households;
        List<(string Program, ThresholdVersion Threshold)> thresholds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            households = await ScoringSource.LoadAsync(db, householdIds, cancellationToken);
            thresholds = (await db.Programs.AsNoTracking().Include(p => p.Thresholds).ToListAsync(cancellationToken))
                .Select(program => (program.Code, InForce(program, today)))
                .Where(p => p.Item2 is not null)
                .Select(p => (p.Code, p.Item2!))
                .ToList();
        }

        // Pure computation (an age needs a decryption per member): both cores share it.
        var outcomes = households
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(household => Score(household, model, thresholds, trigger, runId, now, today))
            .ToList();
        return new PreparedScores(
            [.. outcomes.Where(o => o.Scored is not null).Select(o => o.Scored!)],
            [.. outcomes.Where(o => o.Rejected).Select(o => o.PublicId)]);
    }

    public async Task WriteAsync(PreparedScores prepared, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await ScoreWriter.WriteAsync(db, prepared.Scores, cancellationToken);
    }

    public static ThresholdVersion? InForce(SocialProgram program, DateOnly day) => program.Thresholds
        .Where(t => t.EffectiveFrom <= day && (t.EffectiveTo is null || t.EffectiveTo >= day))
        .MaxBy(t => t.Version);

    private (ScoredHousehold? Scored, bool Rejected, string PublicId) Score(
        HouseholdToScore household, ScoreModel model, List<(string Program, ThresholdVersion Threshold)> thresholds, ScoreTrigger trigger, string? runId, DateTime now, DateOnly today)
    {
        if (household.Declaration is not { } declaration)
        {
            return (null, false, household.PublicId);
        }

        // An impossible declaration is not scored: no number is better than a wrong one.
        if (DeclarationRules.Problems(declaration).Count > 0)
        {
            return (null, true, household.PublicId);
        }

        var situations = declaration.MemberSituations.ToDictionary(s => s.PersonPublicId);
        var members = household.Members
            .Where(m => situations.ContainsKey(m.PublicId))
            .Select(m => new ScoringMember(m.Relationship, m.Sex, Age(protector.Reveal(PersonalField.PersonBirthDate, m.BirthDate), today), situations[m.PublicId]))
            .ToList();
        if (members.Count == 0)
        {
            return (null, false, household.PublicId);
        }

        var result = ScoreCalculator.Compute(model, new ScoringInput(household.Milieu, household.RegionCode, declaration, members));
        var top = result.Contributions.OrderByDescending(c => Math.Abs(c.Contribution)).Take(3).Select(c => c.Variable).ToList();
        var decisions = thresholds.Select(p =>
        {
            var (eligible, criteriaMet, reasons) = EligibilityEvaluator.Evaluate(result.Score, p.Threshold, members);
            return new EligibilityDecision
            {
                HouseholdId = household.Id,
                ProgramCode = p.Program,
                ScoreUsed = result.Score,
                ThresholdVersionId = p.Threshold.Id,
                Eligible = eligible,
                CriteriaMet = criteriaMet,
                Reasons = reasons,
                TopVariables = top,
                DecidedAt = now,
            };
        }).ToList();
        var computation = new ScoreComputation
        {
            HouseholdId = household.Id,
            DeclarationId = declaration.Id,
            DeclarationVersion = declaration.Version,
            ModelVersion = result.ModelVersion,
            CalculatedScore = result.Score,
            Trigger = trigger,
            RunId = runId,
            ComputedAt = now,
            Contributions = [.. result.Contributions],
        };
        return (new ScoredHousehold(computation, decisions), false, household.PublicId);
    }

    private static int Age(string birthDate, DateOnly today)
    {
        var born = DateOnly.ParseExact(birthDate, "O", CultureInfo.InvariantCulture);
        var age = today.Year - born.Year;
        return born.AddYears(age) > today ? age - 1 : age;
    }
}
