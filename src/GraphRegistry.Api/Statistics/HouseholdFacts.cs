using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Statistics;

/// <summary>
/// Streams one fact per household still in the registry (radiated ones are not counted), computed inside the database (latest score, latest decision and
/// latest enrolment step for one programme, current size). Counting consumes the stream, so memory
/// holds the counts, not the households.
/// </summary>
internal static class HouseholdFacts
{
    // With a score model version, each household's latest score under that model: the distribution before and after a model change.
    public static IAsyncEnumerable<HouseholdFact> Stream(RegistryDbContext db, string? program, string? scoreModel = null) => db.Households.AsNoTracking()
        .Where(h => h.Status != HouseholdStatus.Radiated)
        .Select(h => new HouseholdFact(
            h.RegionCode,
            h.ProvinceCode,
            h.Milieu,
            h.Memberships.Count(m => m.EndDate == null),
            db.ScoreComputations.Where(s => s.HouseholdId == h.Id && (scoreModel == null || s.ModelVersion == scoreModel)).OrderByDescending(s => s.Id).Select(s => (double?)(s.CorrectedScore ?? s.CalculatedScore)).FirstOrDefault(),
            db.EligibilityDecisions.Where(d => d.HouseholdId == h.Id && d.ProgramCode == program).OrderByDescending(d => d.Id).Select(d => (bool?)d.Eligible).FirstOrDefault(),
            db.EligibilityDecisions.Where(d => d.HouseholdId == h.Id && d.ProgramCode == program).OrderByDescending(d => d.Id).Select(d => (bool?)d.CriteriaMet).FirstOrDefault(),
            db.Enrollments.Where(e => e.HouseholdId == h.Id && e.ProgramCode == program).OrderByDescending(e => e.Id).Select(e => (Enrollments.EnrollmentStatus?)e.Status).FirstOrDefault(),
            h.Status,
            db.VerificationChecks.Any(c => c.HouseholdId == h.Id),
            h.RecordKey,
            h.Memberships.Where(m => m.EndDate == null).Sum(m => m.Person!.RecordKey)))
        .AsAsyncEnumerable();
}
