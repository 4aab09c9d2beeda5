using System.Text.RegularExpressions;
using GraphQL;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Enrollments;

/// <summary>
/// An agency's write-back of a household's enrolment in one of its own programmes, under the same
/// row scope, purpose and consent rules as a read; every refusal leaves a denied entry in the log.
/// </summary>
public sealed partial class EnrollmentRecorder(IDbContextFactory<RegistryDbContext> contexts, TimeProvider clock)
{
    public const string Coordinate = "Mutation.recordEnrollment";

    public async Task<Enrollment> RecordAsync(IResolveFieldContext context, RecordEnrollmentInput input)
    {
        var principal = context.RequestService<RequestAccess>().View.Principal;
        if (principal.Kind != PrincipalKind.Agency)
        {
            throw new RegistryError(ErrorCodes.Forbidden, "Only the agency running a programme records enrolments in it.");
        }

        if (!ReferenceFormat().IsMatch(input.Reference))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'reference' must be 1–40 letters, digits, '-' or '/'.");
        }

        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        var program = await db.Programs.AsNoTracking().Where(p => p.Code == input.Program).Select(p => new { p.OwningAgencyCode, p.EnrollmentPurpose }).SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "No programme has this code.");
        if (program.OwningAgencyCode != principal.AgencyCode)
        {
            await NoteSoughtHouseholdAsync(context, db, input.Household);
            throw new RegistryError(ErrorCodes.Forbidden, "This programme is run by another agency; an agency records enrolments in its own programmes only.");
        }

        // A purpose with a legal basis for reading (eligibility checks) must not open a write.
        if (context.GetArgument<string>(PurposeRule.ArgumentName) != program.EnrollmentPurpose)
        {
            await NoteSoughtHouseholdAsync(context, db, input.Household);
            throw new RegistryError(ErrorCodes.PurposeNotAllowed, $"Enrolments in this programme are recorded under the purpose {program.EnrollmentPurpose ?? "(none)"} only.");
        }

        // Only now the household and its consent: a write for another agency's programme, or under
        // the wrong purpose, is refused before consent is looked at, so it cannot probe consent.
        var household = await AuthorizedHousehold.GetAsync(context, input.Household);

        // Reading the previous step and adding the next one in one transaction: two agents cannot both enrol.
        // SQLite's transaction takes the write lock at once; PostgreSQL (READ COMMITTED, several nodes)
        // needs the household's row locked first, or both agents would read the same previous step.
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Households\" WHERE \"Id\" = {household.Id} FOR UPDATE", context.CancellationToken);
        }

        var previous = await db.Enrollments.AsNoTracking()
            .Where(e => e.HouseholdId == household.Id && e.ProgramCode == input.Program)
            .OrderByDescending(e => e.Id)
            .FirstOrDefaultAsync(context.CancellationToken);
        CheckStep(input, household, previous);

        // Only a write that passed every check is a write of household data; a refusal is logged as denied.
        context.RequestService<AccessRecorder>().Field(Coordinate);

        var enrollment = new Enrollment
        {
            HouseholdId = household.Id,
            ProgramCode = input.Program,
            Status = input.Status,
            EffectiveOn = input.EffectiveOn,
            Reference = input.Reference,
            RecordedBy = principal.Subject,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Enrollments.Add(enrollment);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        return enrollment;
    }

    // A refused write still names the household it aimed at in the officer's log; the caller's answer
    // is the same whether it exists or not, so this lookup tells the caller nothing.
    private static async Task NoteSoughtHouseholdAsync(IResolveFieldContext context, RegistryDbContext db, string publicId)
    {
        var scope = context.RequestService<RequestAccess>().Scope;
        if (await db.Households.AsNoTracking().InScope(scope).AnyAsync(h => h.PublicId == publicId, context.CancellationToken))
        {
            context.RequestService<AccessRecorder>().Subject(publicId);
        }
    }

    private void CheckStep(RecordEnrollmentInput input, Household household, Enrollment? previous)
    {
        if (input.EffectiveOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'effectiveOn' is in the future.");
        }

        if (input.EffectiveOn < DateOnly.FromDateTime(household.RegisteredAt.UtcDateTime))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'effectiveOn' is before the household was registered.");
        }

        if (previous is not null && input.EffectiveOn < previous.EffectiveOn)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, $"'effectiveOn' is before the previous step ({previous.Status.ToString().ToUpperInvariant()} on {previous.EffectiveOn:yyyy-MM-dd}).");
        }

        var allowed = (previous?.Status, input.Status) switch
        {
            (null or EnrollmentStatus.Suspended or EnrollmentStatus.Exited, EnrollmentStatus.Enrolled) => true,
            (EnrollmentStatus.Enrolled, EnrollmentStatus.Suspended or EnrollmentStatus.Exited) => true,
            (EnrollmentStatus.Suspended, EnrollmentStatus.Exited) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, previous is null
                ? "The household is not enrolled in this programme: the first step is ENROLLED."
                : $"A household {previous.Status.ToString().ToUpperInvariant()} cannot become {input.Status.ToString().ToUpperInvariant()}.");
        }
    }

    [GeneratedRegex(@"\A[A-Za-z0-9/-]{1,40}\z")]
    private static partial Regex ReferenceFormat();
}
