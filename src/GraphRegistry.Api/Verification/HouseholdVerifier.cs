using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Verification;

/// <summary>
/// Checks a household's latest declaration against every administrative source at once, each
/// bounded by the configured timeout, records every check, and puts a household with a mismatch
/// in PENDING_VERIFICATION until an operator resolves it; one that every source confirms becomes ACTIVE.
/// </summary>
public sealed class HouseholdVerifier(
    IDbContextFactory<RegistryDbContext> contexts,
    IEnumerable<IAdministrativeSource> sources,
    PersonalDataProtector protector,
    ModificationLog history,
    IOptions<VerificationOptions> options,
    TimeProvider clock,
    ILogger<HouseholdVerifier> logger)
{
    public async Task<IReadOnlyList<VerificationCheck>> VerifyAsync(long householdId, string operatorSubject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.SingleAsync(h => h.Id == householdId, cancellationToken);
        var declaration = await db.Declarations.AsNoTracking().Where(d => d.HouseholdId == householdId).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        var members = await db.Memberships.AsNoTracking().Where(m => m.HouseholdId == householdId && m.EndDate == null).Select(m => m.Person!).ToListAsync(cancellationToken);
        var subject = new VerificationSubject(household.PublicId, declaration, [.. members.Select(p => new VerificationMember(
            p.PublicId,
            AdministrativeRecords.KeyOf(p.IdcsIndex, p.NationalIdIndex),
            protector.Reveal(PersonalField.PersonBirthDate, p.BirthDate),
            declaration?.MemberSituations.FirstOrDefault(s => s.PersonPublicId == p.PublicId)))]);

        var findings = await Task.WhenAll(sources.Select(source => AskAsync(source, subject, cancellationToken)));
        var now = clock.GetUtcNow();
        var checks = findings.SelectMany(found => found.Findings.Select(f => new VerificationCheck
        {
            HouseholdId = householdId,
            DeclarationVersion = declaration?.Version,
            Source = found.Source,
            Field = f.Field,
            SubjectId = f.SubjectId,
            Result = f.Result,
            CheckedAt = now,
        })).ToList();
        db.AddRange(checks);
        if (checks.Any(c => c.Result == CheckResult.Mismatch) && household.Status == HouseholdStatus.Active)
        {
            history.Record(db, household, household.PublicId, "Household.status", household.Status.ToString(), nameof(HouseholdStatus.PendingVerification), ModificationReason.Verification, operatorSubject);
            household.Status = HouseholdStatus.PendingVerification;
        }
        else if (checks.Count > 0 && checks.All(c => c.Result == CheckResult.Match) && household.Status == HouseholdStatus.PendingVerification)
        {
            // Every source now confirms the declaration (a pre-registration, or mismatches corrected since): nothing is left to resolve.
            history.Record(db, household, household.PublicId, "Household.status", household.Status.ToString(), nameof(HouseholdStatus.Active), ModificationReason.Verification, operatorSubject);
            household.Status = HouseholdStatus.Active;
        }

        await db.SaveChangesAsync(cancellationToken);
        return checks;
    }

    /// <summary>An operator has looked into the mismatches: the household is active again.</summary>
    public async Task<Household> ResolveAsync(long householdId, string operatorSubject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.SingleAsync(h => h.Id == householdId, cancellationToken);
        if (household.Status != HouseholdStatus.PendingVerification)
        {
            throw new RegistryError(ErrorCodes.InvalidState, "Only a household in PENDING_VERIFICATION can be resolved.");
        }

        history.Record(db, household, household.PublicId, "Household.status", household.Status.ToString(), nameof(HouseholdStatus.Active), ModificationReason.Verification, operatorSubject);
        household.Status = HouseholdStatus.Active;
        await db.SaveChangesAsync(cancellationToken);
        return household;
    }

    // A source that fails or overruns the timeout is recorded UNAVAILABLE; WaitAsync returns even
    // if the source ignores its cancellation token, so no request hangs on an administration.
    private async Task<(VerificationSource Source, IReadOnlyList<SourceFinding> Findings)> AskAsync(IAdministrativeSource source, VerificationSubject subject, CancellationToken cancellationToken)
    {
        var timeout = options.Value.Timeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return (source.Source, await source.CheckAsync(subject, deadline.Token).WaitAsync(timeout, cancellationToken));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Administrative source {Source} unavailable: {ExceptionType}", source.Source, exception.GetType().Name);
            return (source.Source, [.. source.Fields.Select(field => new SourceFinding(field, subject.HouseholdPublicId, CheckResult.Unavailable))]);
        }
    }
}
