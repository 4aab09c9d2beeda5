using GraphQL;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Declarations;

/// <summary>When a household is due to declare again: its last declaration is older than <see cref="DeclarationOptions.UpdateAfter"/>.</summary>
public static class DeclarationSchedule
{
    /// <summary>Households whose last declaration is before this instant are due.</summary>
    public static DateTimeOffset Cutoff(IResolveFieldContext context) =>
        context.RequestService<TimeProvider>().GetUtcNow() - context.RequestService<IOptions<DeclarationOptions>>().Value.UpdateAfter;

    public static bool IsDue(Household household, DateTimeOffset cutoff) =>
        household.LastDeclarationAt is not { } last || last < cutoff;
}
