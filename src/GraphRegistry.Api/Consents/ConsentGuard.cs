using GraphQL;
using GraphRegistry.Api.AccessLog;
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
    public static async Task AuthorizeAsync(IResolveFieldContext context, RegistryDbContext db, long householdId, string householdPublicId)
    {
        var view = context.RequestService<RequestAccess>().View;
        var recorder = context.RequestService<AccessRecorder>();
        recorder.Subject(householdPublicId);
        if (view.Principal.Kind != PrincipalKind.Agency)
        {
            recorder.Basis(view.Principal.Kind == PrincipalKind.Citizen ? "DATA_SUBJECT" : $"ROLE:{RegistryPrincipal.KindClaimValue(view.Principal.Kind)}");
            return;
        }

        var purpose = DeclaredPurpose(context, view, recorder);
        if (purpose.LegalBasis is { } law)
        {
            recorder.Basis($"LEGAL_BASIS:{law}");
            return;
        }

        var now = context.RequestService<TimeProvider>().GetUtcNow().UtcDateTime;
        var agency = view.Principal.AgencyCode!;
        var needed = NeededCategories(context);
        var consent = await db.Consents
            .Where(c => c.HouseholdId == householdId && c.AgencyCode == agency && c.WithdrawnAt == null && c.ExpiresAt > now && c.GivenAt <= now)
            .Where(c => c.Purposes.Contains(purpose.Code))
            .Where(c => needed.All(category => c.DataCategories.Contains(category)))
            .Select(c => c.PublicId)
            .FirstOrDefaultAsync(context.CancellationToken);
        if (consent is null)
        {
            throw new RegistryError(ErrorCodes.NoConsent, "No live consent of the household and no legal basis covers this agency, purpose and the kinds of data asked for.");
        }

        recorder.Basis($"CONSENT:{consent}");
    }

    /// <summary>For lists: only households whose consent (or a legal basis) covers the agency and purpose, inside the query.</summary>
    public static IQueryable<Household> Consented(this IQueryable<Household> households, IResolveFieldContext context, RegistryDbContext db)
    {
        var view = context.RequestService<RequestAccess>().View;
        var recorder = context.RequestService<AccessRecorder>();
        if (view.Principal.Kind != PrincipalKind.Agency)
        {
            recorder.Basis($"ROLE:{RegistryPrincipal.KindClaimValue(view.Principal.Kind)}");
            return households;
        }

        var purpose = DeclaredPurpose(context, view, recorder);
        if (purpose.LegalBasis is { } law)
        {
            recorder.Basis($"LEGAL_BASIS:{law}");
            return households;
        }

        recorder.Basis("CONSENT");
        var now = context.RequestService<TimeProvider>().GetUtcNow().UtcDateTime;
        var agency = view.Principal.AgencyCode!;
        var code = purpose.Code;
        var needed = NeededCategories(context);
        return households.Where(h => db.Consents.Any(c =>
            c.HouseholdId == h.Id && c.AgencyCode == agency && c.WithdrawnAt == null && c.ExpiresAt > now && c.GivenAt <= now && c.Purposes.Contains(code)
            && needed.All(category => c.DataCategories.Contains(category))));
    }

    // The categories of every field the document asks for: the consent must cover them all.
    private static List<DataCategory> NeededCategories(IResolveFieldContext context) =>
        [.. context.RequestService<RequestAccess>().RequestedFields.Keys.Select(DataCategories.Of).OfType<DataCategory>().Distinct()];

    // The purpose rule has already refused a missing or foreign purpose before execution.
    private static Agencies.AgencyPurpose DeclaredPurpose(IResolveFieldContext context, AccessView view, AccessRecorder recorder)
    {
        var code = context.GetArgument<string>(PurposeRule.ArgumentName);
        recorder.Purpose(code);
        return view.Purposes[code];
    }
}
