using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Enrollments;

/// <summary>Each household's enrolment steps, newest first, for a page of households in one query.</summary>
public sealed class EnrollmentsByHouseholdLoader(RegistryReads reads) : BatchLoader<long, IReadOnlyList<Enrollment>>
{
    protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<Enrollment>>> FetchAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        return await reads.ReadAsync(async db =>
        {
            var steps = await db.Enrollments.AsNoTracking().Where(e => keys.Contains(e.HouseholdId)).OrderByDescending(e => e.Id).ToListAsync(cancellationToken);
            return steps.GroupBy(e => e.HouseholdId).ToDictionary(g => g.Key, g => (IReadOnlyList<Enrollment>)[.. g]);
        }, cancellationToken);
    }

    protected override IReadOnlyList<Enrollment> ValueForMissingKey(long key) => [];
}
