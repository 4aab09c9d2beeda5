using System.Security.Cryptography;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.ChangeRequests;

/// <summary>
/// Moves change requests through DRAFT → PENDING → APPROVED/REJECTED → APPLIED. Every check comes
/// before the write; applying one writes the new value and its history in one unit of work.
/// </summary>
public sealed class ChangeRequestService(IDbContextFactory<RegistryDbContext> contexts, PersonalDataProtector protector, ModificationLog history, HouseholdScorer scorer, TimeProvider clock)
{
    public async Task<ChangeRequest> DraftAsync(string citizenPersonId, string citizenSubject, ChangeRequestInput input, CancellationToken cancellationToken)
    {
        if (!ChangeableFields.All.TryGetValue(input.Field, out var field))
        {
            throw new RegistryError(ErrorCodes.FieldNotChangeable, "This field cannot be corrected by request; ChangeRequestInput.field lists those that can.");
        }

        var now = clock.GetUtcNow();
        if (field.Problem(input.NewValue, DateOnly.FromDateTime(now.UtcDateTime)) is var (code, message))
        {
            throw new RegistryError(code, message);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Memberships.AsNoTracking().Where(m => m.EndDate == null && m.Person!.PublicId == citizenPersonId).Select(m => m.Household!).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "The signed-in person belongs to no household.");
        var person = field.OnPerson
            ? await db.Memberships.AsNoTracking().Where(m => m.EndDate == null && m.HouseholdId == household.Id && m.Person!.PublicId == (input.Person ?? citizenPersonId)).Select(m => m.Person).SingleOrDefaultAsync(cancellationToken)
                ?? throw new RegistryError(ErrorCodes.NotAMember, "The person is not a current member of your household.")
            : null;
        var current = field.Read(household, person);
        var request = new ChangeRequest
        {
            PublicId = PublicId.Create("chg_", RandomNumberGenerator.GetBytes(10)),
            HouseholdId = household.Id,
            RecordId = person?.PublicId ?? household.PublicId,
            Field = input.Field,
            OldValue = current is { } old ? protector.Protect(PersonalField.ChangeRequestOldValue, protector.Reveal(field.Protection, old)) : null,
            NewValue = protector.Protect(PersonalField.ChangeRequestNewValue, input.NewValue.Trim()),
            Status = ChangeRequestStatus.Draft,
            RequestedBy = citizenSubject,
            RequestedAt = now,
        };
        db.ChangeRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        request.Household = household;
        return request;
    }

    /// <summary>The citizen sends their draft for review.</summary>
    public Task<ChangeRequest> SubmitAsync(string requestId, string citizenPersonId, CancellationToken cancellationToken) =>
        MoveAsync(requestId, ChangeRequestStatus.Draft, citizenPersonId, (_, request) =>
        {
            request.Status = ChangeRequestStatus.Pending;
            request.SubmittedAt = clock.GetUtcNow();
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<ChangeRequest> ReviewAsync(string requestId, ChangeDecision decision, string operatorSubject, CancellationToken cancellationToken) =>
        MoveAsync(requestId, ChangeRequestStatus.Pending, null, (_, request) =>
        {
            request.Status = decision == ChangeDecision.Approve ? ChangeRequestStatus.Approved : ChangeRequestStatus.Rejected;
            request.ReviewedBy = operatorSubject;
            request.ReviewedAt = clock.GetUtcNow();
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Writes the approved value into the record, with its history, in one unit of work.</summary>
    public async Task<ChangeRequest> ApplyAsync(string requestId, string operatorSubject, CancellationToken cancellationToken)
    {
        var applied = await WriteAsync(requestId, operatorSubject, cancellationToken);

        // Ages enter the score: a corrected birth date is a new situation.
        if (applied.Field == "Person.birthDate")
        {
            await scorer.ScoreAsync([applied.HouseholdId], ScoreTrigger.Update, null, cancellationToken);
        }

        return applied;
    }

    private Task<ChangeRequest> WriteAsync(string requestId, string operatorSubject, CancellationToken cancellationToken) =>
        MoveAsync(requestId, ChangeRequestStatus.Approved, null, async (db, request) =>
        {
            var field = ChangeableFields.All[request.Field];
            var person = field.OnPerson ? await db.Persons.SingleAsync(p => p.PublicId == request.RecordId, cancellationToken) : null;
            var value = protector.Reveal(PersonalField.ChangeRequestNewValue, request.NewValue);
            var old = field.Read(request.Household!, person) is { } current ? protector.Reveal(field.Protection, current) : null;
            field.Write(request.Household!, person, protector.Protect(field.Protection, value));
            history.Record(db, request.Household!, request.RecordId, request.Field, old, value, ModificationReason.ChangeRequest, operatorSubject);
            request.Status = ChangeRequestStatus.Applied;
            request.AppliedAt = clock.GetUtcNow();
        }, cancellationToken);

    private async Task<ChangeRequest> MoveAsync(string requestId, ChangeRequestStatus from, string? citizenPersonId, Func<RegistryDbContext, ChangeRequest, Task> step, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.ChangeRequests.Include(r => r.Household).SingleOrDefaultAsync(r => r.PublicId == requestId, cancellationToken);

        // A citizen sees only their own household's requests: anyone else's is as good as none.
        if (request is null || (citizenPersonId is not null && !await db.Memberships.AnyAsync(m => m.EndDate == null && m.HouseholdId == request.HouseholdId && m.Person!.PublicId == citizenPersonId, cancellationToken)))
        {
            throw new RegistryError(ErrorCodes.NotFound, "No change request has this id.");
        }

        if (request.Status != from)
        {
            throw new RegistryError(ErrorCodes.InvalidState, $"The change request is {Wire(request.Status)}; this step needs it {Wire(from)}.");
        }

        await step(db, request);
        await db.SaveChangesAsync(cancellationToken);
        return request;
    }

    private static string Wire(ChangeRequestStatus status) => status.ToString().ToUpperInvariant();
}
