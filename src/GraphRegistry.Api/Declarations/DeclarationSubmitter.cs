using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Registration;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Declarations;

/// <summary>
/// Adds a declaration version: earlier versions stay as they are (scores cite them), the
/// household's last-declaration date moves, and the household is scored again.
/// </summary>
public sealed class DeclarationSubmitter(IDbContextFactory<RegistryDbContext> contexts, ModificationLog history, HouseholdScorer scorer, TimeProvider clock)
{
    public async Task<Declaration> SubmitAsync(long householdId, DeclarationInput input, DeclarationSource source, string submittedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.SingleAsync(h => h.Id == householdId, cancellationToken);
        var members = await db.Memberships.AsNoTracking().Where(m => m.HouseholdId == householdId && m.EndDate == null).Select(m => m.Person!.PublicId).ToListAsync(cancellationToken);
        if (input.Members.FirstOrDefault(m => !members.Contains(m.Person)) is not null)
        {
            throw new RegistryError(ErrorCodes.NotAMember, "A declared situation names someone who is not a current member of the household.");
        }

        if (members.Except(input.Members.Select(m => m.Person)).Any() || input.Members.DistinctBy(m => m.Person).Count() != input.Members.Count)
        {
            throw new RegistryError(ErrorCodes.InvalidDeclaration, "A declaration gives exactly one situation for every current member.");
        }

        var latest = await db.Declarations.Where(d => d.HouseholdId == householdId).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var now = clock.GetUtcNow();
        var declaration = DeclarationFactory.Create(input.Housing, input.Members.Select(m => (m.Person, m.Situation)), latest + 1, source, submittedBy, now);
        if (DeclarationRules.Problems(declaration) is { Count: > 0 } problems)
        {
            throw new RegistryError(ErrorCodes.InvalidDeclaration, $"The declaration cannot be accepted: {string.Join("; ", problems)}.");
        }

        declaration.HouseholdId = householdId;
        db.Declarations.Add(declaration);
        history.Record(db, household, household.PublicId, "Household.latestDeclaration", latest == 0 ? null : $"v{latest}", $"v{declaration.Version}", ModificationReason.Declaration, submittedBy);
        household.LastDeclarationAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException race) when (UniqueViolation.Is(race))
        {
            throw new RegistryError(ErrorCodes.InvalidState, "Another declaration of this household was submitted at the same moment; submit again.");
        }

        await scorer.ScoreAsync([householdId], ScoreTrigger.Update, null, cancellationToken);
        return declaration;
    }
}
