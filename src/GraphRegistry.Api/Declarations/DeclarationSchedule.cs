using System.Globalization;
using GraphQL;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Declarations;

/// <summary>When a household is due to declare again: its last declaration is older than <see cref="DeclarationOptions.UpdateAfter"/>.</summary>
public static class DeclarationSchedule
{
    private const string StoredFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz";

    /// <summary>Households whose last declaration is before this instant are due.</summary>
    public static DateTimeOffset Cutoff(IResolveFieldContext context) =>
        context.RequestService<TimeProvider>().GetUtcNow() - context.RequestService<IOptions<DeclarationOptions>>().Value.UpdateAfter;

    /// <summary>
    /// Households due (or not) for an update, as a query to compose on. PostgreSQL compares the
    /// instants; SQLite cannot compare DateTimeOffset columns through EF, so there this compares the
    /// stored text: every instant the registry writes is UTC, in EF's format, and such text sorts in time order.
    /// </summary>
    public static IQueryable<Household> Households(RegistryDbContext db, bool due, DateTimeOffset cutoff)
    {
        if (!db.Database.IsSqlite())
        {
            return due
                ? db.Households.Where(h => h.LastDeclarationAt == null || h.LastDeclarationAt < cutoff)
                : db.Households.Where(h => h.LastDeclarationAt >= cutoff);
        }

        var text = cutoff.ToUniversalTime().ToString(StoredFormat, CultureInfo.InvariantCulture);
        return due
            ? db.Households.FromSql($"SELECT * FROM \"Households\" WHERE \"LastDeclarationAt\" IS NULL OR \"LastDeclarationAt\" < {text}")
            : db.Households.FromSql($"SELECT * FROM \"Households\" WHERE \"LastDeclarationAt\" >= {text}");
    }

    public static bool IsDue(Household household, DateTimeOffset cutoff) =>
        household.LastDeclarationAt is not { } last || last < cutoff;
}
