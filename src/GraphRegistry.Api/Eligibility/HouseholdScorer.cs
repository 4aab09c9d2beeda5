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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var model = await models.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var households = await db.Households.AsNoTracking()
            .Where(h => householdIds.Contains(h.Id))
            .Select(h => new
            {
                h.Id,
                h.PublicId,
                h.Milieu,
                h.RegionCode,
                Declaration = h.Declarations.OrderByDescending(d => d.Version).FirstOrDefault(),
                Members = h.Memberships.Where(m => m.EndDate == null).Select(m => new { m.Relationship, m.Person!.PublicId, m.Person.Sex, m.Person.BirthDate }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking().Include(p => p.Thresholds).ToListAsync(cancellationToken);

        var scored = 0;
        var rejected = new List<string>();
        var pending = new List<(ScoreComputation Score, List<EligibilityDecision> Decisions)>();
        foreach (var household in households.Where(h => h.Declaration is not null))
        {
            // An impossible declaration is not scored: no number is better than a wrong one.
            if (DeclarationRules.Problems(household.Declaration!).Count > 0)
            {
                rejected.Add(household.PublicId);
                continue;
            }

            var situations = household.Declaration!.MemberSituations.ToDictionary(s => s.PersonPublicId);
            var members = household.Members
                .Where(m => situations.ContainsKey(m.PublicId))
                .Select(m => new ScoringMember(m.Relationship, m.Sex, Age(protector.Reveal(PersonalField.PersonBirthDate, m.BirthDate), today), situations[m.PublicId]))
                .ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var input = new ScoringInput(household.Milieu, household.RegionCode, household.Declaration, members);
            var result = ScoreCalculator.Compute(model, input);
            var computation = new ScoreComputation
            {
                HouseholdId = household.Id,
                DeclarationId = household.Declaration.Id,
                DeclarationVersion = household.Declaration.Version,
                ModelVersion = result.ModelVersion,
                CalculatedScore = result.Score,
                Trigger = trigger,
                RunId = runId,
                ComputedAt = now,
                Contributions = [.. result.Contributions],
            };
            var top = result.Contributions.OrderByDescending(c => Math.Abs(c.Contribution)).Take(3).Select(c => c.Variable).ToList();
            var decisions = programs
                .Select(program => (program, threshold: InForce(program, today)))
                .Where(p => p.threshold is not null)
                .Select(p =>
                {
                    var (eligible, reasons) = EligibilityEvaluator.Evaluate(result.Score, p.threshold!, members);
                    return new EligibilityDecision
                    {
                        HouseholdId = household.Id,
                        ProgramCode = p.program.Code,
                        ScoreUsed = result.Score,
                        ThresholdVersionId = p.threshold!.Id,
                        Eligible = eligible,
                        Reasons = reasons,
                        TopVariables = top,
                        DecidedAt = now,
                    };
                }).ToList();
            pending.Add((computation, decisions));
            scored++;
        }

        await ScoreWriter.WriteAsync(db, pending, cancellationToken);
        return new ScoringBatch(scored, rejected);
    }

    public static ThresholdVersion? InForce(SocialProgram program, DateOnly day) => program.Thresholds
        .Where(t => t.EffectiveFrom <= day && (t.EffectiveTo is null || t.EffectiveTo >= day))
        .MaxBy(t => t.Version);

    private static int Age(string birthDate, DateOnly today)
    {
        var born = DateOnly.ParseExact(birthDate, "O", CultureInfo.InvariantCulture);
        var age = today.Year - born.Year;
        return born.AddYears(age) > today ? age - 1 : age;
    }
}
