using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>An agency as synthetic log entries name it: its code, its first purpose and that purpose's basis.</summary>
internal sealed record SyntheticAgency(string Code, string Purpose, string Basis)
{
    public static async Task<List<SyntheticAgency>> LoadAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken);
        List<SyntheticAgency> synthetic = [.. agencies
            .Where(a => a.Purposes.Count > 0)
            .Select(a => new SyntheticAgency(a.Code, a.Purposes[0].Code, a.Purposes[0].LegalBasis is { } law ? $"LEGAL_BASIS:{law}" : "CONSENT"))];
        return synthetic.Count > 0 ? synthetic : throw new InvalidOperationException("No agency with a purpose is registered: the agency policies are seeded at start-up.");
    }
}
