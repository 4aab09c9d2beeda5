using GraphQL;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Consents;

/// <summary>
/// The lawful basis of every household read, checked at the root before any of its data is
/// resolved: for agencies a legal basis covering the declared purpose, or the household's live
/// consent, checked on every request so a withdrawal or expiry counts from the very next one.
/// </summary>
public static class ConsentGuard
{
    /// <summary>
    /// Read on the primary whichever server the household came from: a replica may not have
    /// replayed a withdrawal committed a moment ago.
    /// </summary>
    public static async Task AuthorizeAsync(IResolveFieldContext context, long householdId, string householdPublicId)
    {
        if (!context.RequestService<RequestAccess>().Guarded)
        {
            return;
        }

        var recorder = context.RequestService<AccessRecorder>();
        recorder.Subject(householdPublicId);
        if (PurposeNeedingConsent(context, recorder) is not { } purpose)
        {
            return;
        }

        await using var db = await context.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var consent = await Live(db.Consents, context, purpose)
            .Where(c => c.HouseholdId == householdId)
            .Select(c => c.PublicId)
            .FirstOrDefaultAsync(context.CancellationToken);
        if (consent is null)
        {
            throw SubjectNotFoundError.NotCovered();
        }

        recorder.Basis($"CONSENT:{consent}");
    }

    /// <summary>For lists: only households whose consent (or a legal basis) covers the agency and purpose, inside the query.</summary>
    public static IQueryable<Household> Consented(this IQueryable<Household> households, IResolveFieldContext context, RegistryDbContext db)
    {
        if (!context.RequestService<RequestAccess>().Guarded)
        {
            return households;
        }

        var recorder = context.RequestService<AccessRecorder>();
        if (PurposeNeedingConsent(context, recorder) is not { } purpose)
        {
            return households;
        }

        recorder.Basis("CONSENT");
        var consents = Live(db.Consents, context, purpose);
        return households.Where(h => consents.Any(c => c.HouseholdId == h.Id));
    }

    // Notes the basis that needs no consent (a role, the data subject, a legal basis) and returns
    // null; for an agency purpose that needs consent, returns the purpose.
    private static AgencyPurpose? PurposeNeedingConsent(IResolveFieldContext context, AccessRecorder recorder)
    {
        var view = context.RequestService<RequestAccess>().View;
        if (view.Principal.Kind != PrincipalKind.Agency)
        {
            recorder.Basis(view.Principal.Kind == PrincipalKind.Citizen ? "DATA_SUBJECT" : $"ROLE:{RegistryPrincipal.KindClaimValue(view.Principal.Kind)}");
            return null;
        }

        // The purpose rule has already refused a missing or foreign purpose before execution.
        var purpose = view.Purposes[context.GetArgument<string>(PurposeRule.ArgumentName)];
        recorder.Purpose(purpose.Code);
        if (purpose.LegalBasis is { } law)
        {
            recorder.Basis($"LEGAL_BASIS:{law}");
            return null;
        }

        return purpose;
    }

    // Consents of this agency, live now, for this purpose, covering every kind of data asked for.
    private static IQueryable<Consent> Live(IQueryable<Consent> consents, IResolveFieldContext context, AgencyPurpose purpose)
    {
        var now = context.RequestService<TimeProvider>().GetUtcNow().UtcDateTime;
        var agency = context.RequestService<RequestAccess>().View.Principal.AgencyCode!;
        var code = purpose.Code;
        var needed = NeededCategories(context);
        return consents.Where(c => c.AgencyCode == agency && c.WithdrawnAt == null && c.ExpiresAt > now && c.GivenAt <= now
            && c.Purposes.Contains(code) && needed.All(category => c.DataCategories.Contains(category)));
    }

    // The categories of every field the document asks for: the consent must cover them all.
    private static List<DataCategory> NeededCategories(IResolveFieldContext context) =>
        [.. context.RequestService<RequestAccess>().RequestedFields.Select(DataCategories.Of).OfType<DataCategory>().Distinct()];
}
