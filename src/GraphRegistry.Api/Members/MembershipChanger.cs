using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Registration;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

/// <summary>
/// Births, marriages, arrivals, departures and deaths: a membership starts or ends with a date and
/// is never deleted, so the household's composition at any past date can be told. Each change is
/// written with its history in one transaction, then the household is scored again.
/// </summary>
public sealed class MembershipChanger(IDbContextFactory<RegistryDbContext> contexts, NewPersons persons, ModificationLog history, HouseholdScorer scorer, TimeProvider clock)
{
    public async Task<Membership> AddAsync(long householdId, AddMemberInput input, string changedBy, CancellationToken cancellationToken)
    {
        if (input.Event is not (MembershipEvent.Birth or MembershipEvent.Marriage or MembershipEvent.Arrival))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "A member joins by BIRTH, MARRIAGE or ARRIVAL.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RegistrationRules.CheckMember(input.Member, "member", today);
        if (input.Date > today || input.Date < input.Member.BirthDate)
        {
            throw new RegistryError(ErrorCodes.InvalidDate, "'date' must be between the member's birth date and today.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.SingleAsync(h => h.Id == householdId, cancellationToken);
        if (input.Member.Relationship == Relationship.Head && await db.Memberships.AnyAsync(m => m.HouseholdId == householdId && m.EndDate == null && m.Relationship == Relationship.Head, cancellationToken))
        {
            throw new RegistryError(ErrorCodes.InvalidComposition, "The household already has a HEAD.");
        }

        var person = await ExistingAsync(db, input.Member, cancellationToken) ?? persons.Create(input.Member, PublicId.NewPerson());
        if (person.Id != 0 && await db.Memberships.AnyAsync(m => m.PersonId == person.Id && m.EndDate == null, cancellationToken))
        {
            throw new RegistryError(ErrorCodes.AlreadyInHousehold, "The person belongs to another household; record their departure from it first.");
        }

        if (person.DeathDate is not null)
        {
            throw new RegistryError(ErrorCodes.InvalidState, "The person is recorded as deceased.");
        }

        var membership = new Membership { HouseholdId = householdId, Person = person, Relationship = input.Member.Relationship, StartDate = input.Date };
        db.Memberships.Add(membership);
        history.Record(db, household, person.PublicId, "Household.members", null, $"{input.Member.Relationship} ({input.Event})", ModificationReason.MembershipChange, changedBy);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException race) when (UniqueViolation.Is(race))
        {
            throw new RegistryError(ErrorCodes.Duplicate, "The person was registered or placed in a household at the same moment.");
        }

        await scorer.ScoreAsync([householdId], ScoreTrigger.Update, null, cancellationToken);
        return membership;
    }

    public async Task<Membership> RemoveAsync(long householdId, RemoveMemberInput input, string changedBy, CancellationToken cancellationToken)
    {
        if (input.Event is not (MembershipEvent.Departure or MembershipEvent.Death))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "A member leaves by DEPARTURE or DEATH.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var household = await db.Households.SingleAsync(h => h.Id == householdId, cancellationToken);
        var current = await db.Memberships.Include(m => m.Person).Where(m => m.HouseholdId == householdId && m.EndDate == null).ToListAsync(cancellationToken);
        var leaving = current.SingleOrDefault(m => m.Person!.PublicId == input.Person)
            ?? throw new RegistryError(ErrorCodes.NotAMember, "The person is not a current member of this household.");
        if (input.Date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) || input.Date < leaving.StartDate)
        {
            throw new RegistryError(ErrorCodes.InvalidDate, "'date' must be between the day the member joined and today.");
        }

        var staying = current.Where(m => m != leaving).ToList();
        var newHead = input.NewHead is { } next ? staying.SingleOrDefault(m => m.Person!.PublicId == next) : null;
        if (leaving.Relationship == Relationship.Head && staying.Count > 0 && newHead is null)
        {
            throw new RegistryError(ErrorCodes.InvalidComposition, "The head is leaving: 'newHead' must name a member who stays.");
        }

        if (input.NewHead is not null && (leaving.Relationship != Relationship.Head || newHead is null))
        {
            throw new RegistryError(ErrorCodes.InvalidComposition, "'newHead' is only for the head's departure, and must name a member who stays.");
        }

        leaving.EndDate = input.Date;
        history.Record(db, household, leaving.Person!.PublicId, "Household.members", leaving.Relationship.ToString(), null, ModificationReason.MembershipChange, changedBy);
        if (input.Event == MembershipEvent.Death)
        {
            leaving.Person.DeathDate = input.Date;
            history.Record(db, household, leaving.Person.PublicId, "Person.deathDate", null, input.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ModificationReason.MembershipChange, changedBy);
        }

        if (staying.Count == 0)
        {
            history.Record(db, household, household.PublicId, "Household.status", household.Status.ToString(), nameof(HouseholdStatus.Radiated), ModificationReason.MembershipChange, changedBy);
            household.Status = HouseholdStatus.Radiated;
        }

        // The old head's membership must end before the new head's relationship changes: the
        // one-head index is checked row by row, so these are two statements in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (newHead is not null)
        {
            history.Record(db, household, newHead.Person!.PublicId, "Membership.relationship", newHead.Relationship.ToString(), nameof(Relationship.Head), ModificationReason.MembershipChange, changedBy);
            newHead.Relationship = Relationship.Head;
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (staying.Count > 0)
        {
            await scorer.ScoreAsync([householdId], ScoreTrigger.Update, null, cancellationToken);
        }

        return leaving;
    }

    private async Task<Person?> ExistingAsync(RegistryDbContext db, NewMemberInput member, CancellationToken cancellationToken)
    {
        foreach (var card in persons.NationalIdCandidates(member))
        {
            if (await db.Persons.SingleOrDefaultAsync(p => p.NationalIdIndex == card, cancellationToken) is { } byCard)
            {
                return byCard;
            }
        }

        foreach (var idcs in persons.IdcsCandidates(member))
        {
            if (await db.Persons.SingleOrDefaultAsync(p => p.IdcsIndex == idcs, cancellationToken) is { } byIdcs)
            {
                return byIdcs;
            }
        }

        return null;
    }
}
