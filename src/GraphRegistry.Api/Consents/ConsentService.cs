using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Consents;

/// <summary>Gives and withdraws consents. Every check happens before anything is written.</summary>
public sealed class ConsentService(IDbContextFactory<RegistryDbContext> contexts, TimeProvider clock)
{
    private static readonly TimeSpan LongestConsent = TimeSpan.FromDays(5 * 366);

    public async Task<Consent> GiveAsync(long householdId, long subjectPersonId, string agencyCode, IReadOnlyList<string> purposes, IReadOnlyList<DataCategory>? categories, DateTime expiresAt, CollectionMethod method, string recordedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == agencyCode, cancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "No agency has this code.");
        if (purposes.Count == 0 || purposes.Any(p => agency.Purposes.All(declared => declared.Code != p)))
        {
            throw new RegistryError(ErrorCodes.PurposeNotAllowed, $"Consent can only cover purposes {agency.Code} has declared.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var expiry = DateTime.SpecifyKind(expiresAt.ToUniversalTime(), DateTimeKind.Utc);
        if (expiry <= now || expiry > now + LongestConsent)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'expiresAt' must be in the future and at most five years ahead.");
        }

        var consent = new Consent
        {
            PublicId = PublicId.Create("cns_", System.Security.Cryptography.RandomNumberGenerator.GetBytes(10)),
            SubjectPersonId = subjectPersonId,
            HouseholdId = householdId,
            AgencyCode = agency.Code,
            Purposes = [.. purposes.Distinct(StringComparer.Ordinal)],
            DataCategories = [.. (categories is { Count: > 0 } ? categories : DataCategories.All).Distinct()],
            LegalBasis = LegalBasisKind.Consent,
            CollectionMethod = method,
            RecordedBy = recordedBy,
            GivenAt = now,
            ExpiresAt = expiry,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(cancellationToken);
        return consent;
    }

    public async Task<Consent> WithdrawAsync(long householdId, string consentId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Someone else's consent is indistinguishable from none at all.
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.PublicId == consentId && c.HouseholdId == householdId, cancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "Your household has no consent with this id.");
        if (consent.WithdrawnAt is not null)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "This consent was already withdrawn.");
        }

        consent.WithdrawnAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return consent;
    }
}
