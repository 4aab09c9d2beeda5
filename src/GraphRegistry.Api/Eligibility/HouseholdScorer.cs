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

    /// <summary>Loads and scores the given households without writing them. A bulk run passes the model it read once; otherwise the model in force now.</summary>
    public async Task<PreparedScores> PrepareAsync(IReadOnlyCollection<long> householdIds, ScoreTrigger trigger, string? runId, CancellationToken cancellationToken, ScoreModel? model = null)
    {
        List<HouseholdToScore> households;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            households = await ScoringSource.LoadAsync(db, householdIds, cancellationToken);
        }

        return await PrepareAsync(households, trigger, runId, model, cancellationToken);
    }

    /// <summary>
    /// Scores households already read, without writing them, so bulk rescoring can write one batch
    /// while it scores the next. Thresholds are those in force now, read once per batch.
    /// </summary>
    public async Task<PreparedScores> PrepareAsync(IReadOnlyList<HouseholdToScore> households, ScoreTrigger trigger, string? runId, ScoreModel? model, CancellationToken cancellationToken)
    {
        model ??= await models.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        List<(string Program, ThresholdVersion Threshold)> thresholds;
        ScoreRows format;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            format = new ScoreRows(db.Model);
            thresholds = (await db.Programs.AsNoTracking().Include(p => p.Thresholds).ToListAsync(cancellationToken))
                .Select(program => (program.Code, InForce(program, today)))
                .Where(p => p.Item2 is not null)
                .Select(p => (p.Code, p.Item2!))
                .ToList();
        }

        // Pure computation (an age needs a decryption per member, a row its JSON): both cores share it.
        var outcomes = households
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(household => Score(household, model, thresholds, format, trigger, runId, now, today))
            .ToList();
        return new PreparedScores(
            format,
            [.. outcomes.Where(o => o.Rows is not null).Select(o => o.Rows!)],
            [.. outcomes.Where(o => o.Rejected).Select(o => o.PublicId)]);
    }

    public async Task WriteAsync(PreparedScores prepared, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await ScoreWriter.WriteAsync(db, prepared.Format, prepared.Rows, cancellationToken);
    }

    public static ThresholdVersion? InForce(SocialProgram program, DateOnly day) => program.Thresholds
        .Where(t => t.EffectiveFrom <= day && (t.EffectiveTo is null || t.EffectiveTo >= day))
        .MaxBy(t => t.Version);

    private (HouseholdRows? Rows, bool Rejected, string PublicId) Score(
        HouseholdToScore household, ScoreModel model, List<(string Program, ThresholdVersion Threshold)> thresholds, ScoreRows format, ScoreTrigger trigger, string? runId, DateTime now,
        DateOnly today)
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

        var members = new List<ScoringMember>(household.Members.Count);
        foreach (var member in household.Members)
        {
            if (SituationOf(declaration, member.PublicId) is { } situation)
            {
                members.Add(new ScoringMember(member.Relationship, member.Sex, Age(protector.Reveal(PersonalField.PersonBirthDate, member.BirthDate), today), situation));
            }
        }

        if (members.Count == 0)
        {
            return (null, false, household.PublicId);
        }

        var result = ScoreCalculator.Compute(model, new ScoringInput(household.Milieu, household.RegionCode, declaration, members));
        var top = TopVariables(result.Contributions, 3);
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
        return (format.For(computation, decisions), false, household.PublicId);
    }

    // A declaration covers a handful of members: a scan beats building a dictionary per household.
    private static MemberSituation? SituationOf(Declaration declaration, string personPublicId)
    {
        foreach (var situation in declaration.MemberSituations)
        {
            if (situation.PersonPublicId == personPublicId)
            {
                return situation;
            }
        }

        return null;
    }

    /// <summary>The variables that weigh most, strongest first; on a tie the earlier variable, as a stable sort would give.</summary>
    private static List<string> TopVariables(IReadOnlyList<VariableContribution> contributions, int count)
    {
        var top = new List<string>(count);
        Span<int> chosen = stackalloc int[count];
        for (var rank = 0; rank < Math.Min(count, contributions.Count); rank++)
        {
            var best = -1;
            for (var i = 0; i < contributions.Count; i++)
            {
                if (chosen[..rank].Contains(i))
                {
                    continue;
                }

                if (best < 0 || Math.Abs(contributions[i].Contribution) > Math.Abs(contributions[best].Contribution))
                {
                    best = i;
                }
            }

            chosen[rank] = best;
            top.Add(contributions[best].Variable);
        }

        return top;
    }

    private static int Age(string birthDate, DateOnly today)
    {
        var born = DateOnly.ParseExact(birthDate, "O", CultureInfo.InvariantCulture);
        var age = today.Year - born.Year;
        return born.AddYears(age) > today ? age - 1 : age;
    }
}
