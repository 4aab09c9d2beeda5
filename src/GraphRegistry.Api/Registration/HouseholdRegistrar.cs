using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Statistics;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Registration;

/// <summary>
/// Registers a household with its members, memberships, first declaration and history in one
/// SaveChanges, which is one transaction: it is all written or, on any failure, nothing is. The
/// first score follows once the household exists.
/// </summary>
public sealed class HouseholdRegistrar(
    IDbContextFactory<RegistryDbContext> contexts,
    NewPersons persons,
    PersonalDataProtector protector,
    ModificationLog history,
    HouseholdScorer scorer,
    TimeProvider clock)
{
    // The same words whichever check finds the duplicate, the lookup or, in a race, the unique index.
    private const string DuplicateIdentifier = "A member's national ID or IDCS is already registered.";

    public async Task<Household> RegisterAsync(RegisterHouseholdInput input, Registrant registrant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        CheckLocation(input);
        RegistrationRules.CheckHousehold(input.Members, input.Address, input.Phone, DateOnly.FromDateTime(now.UtcDateTime));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await ThrowIfRegisteredAsync(db, input.Members, registrant.HeadPublicId, cancellationToken);

        var household = new Household
        {
            PublicId = PublicId.NewHousehold(),
            RegionCode = input.Region,
            ProvinceCode = input.Province,
            CommuneCode = input.Commune,
            Milieu = input.Milieu,
            Address = protector.Protect(PersonalField.HouseholdAddress, input.Address.Trim()),
            Phone = protector.ProtectOptional(PersonalField.HouseholdPhone, input.Phone),
            Status = registrant.Status,
            RegisteredAt = now,
            LastDeclarationAt = now,
            RecordKey = RecordKeys.New(),
        };
        var start = DateOnly.FromDateTime(now.UtcDateTime);
        var members = input.Members.Select(m => (Input: m, Person: persons.Create(m, m.Relationship == Relationship.Head && registrant.HeadPublicId is { } head ? head : PublicId.NewPerson()))).ToList();
        foreach (var (member, person) in members)
        {
            household.Memberships.Add(new Membership { Person = person, Relationship = member.Relationship, StartDate = start });
        }

        var declaration = DeclarationFactory.Create(input.Housing, members.Select(m => (m.Person.PublicId, m.Input.Situation)), 1, registrant.Source, registrant.Subject, now);
        if (DeclarationRules.Problems(declaration) is { Count: > 0 } problems)
        {
            throw new RegistryError(ErrorCodes.InvalidDeclaration, $"The declaration cannot be accepted: {string.Join("; ", problems)}.");
        }

        household.Declarations.Add(declaration);
        db.Households.Add(household);
        history.Record(db, household, household.PublicId, "Household.status", null, registrant.Status.ToString(), ModificationReason.Registration, registrant.Subject);
        foreach (var (member, person) in members)
        {
            history.Record(db, household, person.PublicId, "Household.members", null, member.Relationship.ToString(), ModificationReason.Registration, registrant.Subject);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException race) when (UniqueViolation.IsIdentifier(race))
        {
            throw new RegistryError(ErrorCodes.Duplicate, DuplicateIdentifier);
        }

        await scorer.ScoreAsync([household.Id], ScoreTrigger.Initial, null, cancellationToken);
        return household;
    }

    /// <summary>The identifiers, and the citizen's own person id, must be new to the registry.</summary>
    public async Task ThrowIfRegisteredAsync(RegistryDbContext db, IReadOnlyList<NewMemberInput> members, string? personPublicId, CancellationToken cancellationToken)
    {
        if (personPublicId is not null && await db.Persons.AnyAsync(p => p.PublicId == personPublicId, cancellationToken))
        {
            throw new RegistryError(ErrorCodes.Duplicate, "The signed-in person is already registered.");
        }

        // One seek per identifier on the unique blind indexes (two during a blind-index rotation); a household has at most a few dozen.
        var taken = false;
        foreach (var index in members.SelectMany(persons.NationalIdCandidates))
        {
            taken = taken || await db.Persons.AnyAsync(p => p.NationalIdIndex == index, cancellationToken);
        }

        foreach (var index in members.SelectMany(persons.IdcsCandidates))
        {
            taken = taken || await db.Persons.AnyAsync(p => p.IdcsIndex == index, cancellationToken);
        }

        if (taken)
        {
            throw new RegistryError(ErrorCodes.Duplicate, DuplicateIdentifier);
        }
    }

    private static void CheckLocation(RegisterHouseholdInput input)
    {
        if (!Regions.IsKnown(input.Region)
            || !input.Province.StartsWith(input.Region + ".", StringComparison.Ordinal) || input.Province.Length > 8
            || !input.Commune.StartsWith(input.Province + ".", StringComparison.Ordinal) || input.Commune.Length > 12)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'region' must be 01 to 12, 'province' start with the region code and a dot, 'commune' with the province code and a dot.");
        }
    }
}
