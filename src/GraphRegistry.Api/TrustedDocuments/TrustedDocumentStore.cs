using System.Security.Cryptography;
using System.Text;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>
/// Submitted operations and the officers' decisions on them. Every decision, and every switch of an
/// agency to persisted-only, is also recorded in the append-only policy changes.
/// </summary>
public sealed class TrustedDocumentStore(IDbContextFactory<RegistryDbContext> contexts, AccessViewProvider views, TimeProvider clock, ILogger<TrustedDocumentStore> logger)
{
    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>Stores the submission, or returns the earlier one of the same text.</summary>
    public async Task<TrustedDocument> SubmitAsync(RegistryPrincipal agency, string query, string? operationName, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var hash = HashOf(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.TrustedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.AgencyCode == agency.AgencyCode && d.Hash == hash, cancellationToken) is { } existing)
        {
            return existing;
        }

        var document = new TrustedDocument
        {
            AgencyCode = agency.AgencyCode!,
            Hash = hash,
            Query = query,
            OperationName = operationName,
            Fields = [.. fields],
            Status = TrustedDocumentStatus.Pending,
            SubmittedBy = agency.Subject,
            SubmittedAt = clock.GetUtcNow(),
        };
        db.TrustedDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Agency {Agency} submitted document {Hash} reading {FieldCount} fields", document.AgencyCode, hash, fields.Count);
        return document;
    }

    /// <summary>The text of the agency's approved document with this hash, or null.</summary>
    public async Task<string?> FindApprovedAsync(string agencyCode, string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TrustedDocuments.AsNoTracking()
            .Where(d => d.AgencyCode == agencyCode && d.Hash == hash && d.Status == TrustedDocumentStatus.Approved)
            .Select(d => d.Query)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Approves or rejects (an approved document can be rejected later: it stops running at once).</summary>
    public async Task<TrustedDocument> DecideAsync(long id, bool approve, string? reason, RegistryPrincipal officer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.TrustedDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "No submitted document has this id.");
        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "A rejection needs a reason the agency can act on.");
        }

        document.Status = approve ? TrustedDocumentStatus.Approved : TrustedDocumentStatus.Rejected;
        document.DecidedBy = officer.Subject;
        document.DecidedAt = clock.GetUtcNow();
        document.Reason = approve ? null : reason;
        Record(db, document.AgencyCode, $"document:{document.Hash}", approve ? "DOCUMENT_APPROVED" : "DOCUMENT_REJECTED", officer);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Document {Hash} of agency {Agency} {Decision} by {Officer}", document.Hash, document.AgencyCode, document.Status, officer.Describe());
        return document;
    }

    public async Task<Agency> SetPersistedOnlyAsync(string agencyCode, bool persistedOnly, RegistryPrincipal admin, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agency = await db.Agencies.Include(a => a.Grants).SingleOrDefaultAsync(a => a.Code == agencyCode, cancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "No agency has this code.");
        agency.PersistedOnly = persistedOnly;
        Record(db, agency.Code, "persistedOnly", persistedOnly ? "ON" : "OFF", admin);
        await db.SaveChangesAsync(cancellationToken);
        views.Invalidate(agency.Code);
        return agency;
    }

    private void Record(RegistryDbContext db, string agencyCode, string coordinate, string change, RegistryPrincipal by) =>
        db.PolicyChanges.Add(new PolicyChange { AgencyCode = agencyCode, Coordinate = coordinate, Change = change, ChangedBy = by.Subject, ChangedAt = clock.GetUtcNow() });
}
