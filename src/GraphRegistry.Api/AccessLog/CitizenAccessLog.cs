using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// "Who read my data": the access log entries about the citizen's household or person, made by
/// anyone but the citizen, newest first, in plain words (after Estonia's Data Tracker).
/// </summary>
public static class CitizenAccessLog
{
    private const int MaxPage = 50;

    public static void AddCitizenAccessLog(this ObjectGraphType<Person> person)
    {
        person.Connection<CitizenAccessGraphType>("accessLog")
            .Description($"Who read your household's data, when, why and what, newest first, at most {MaxPage} a page. Your own reads are not listed.")
            .For(FieldAudience.Citizen)
            .ResolveAsync(async ctx => await LoadAsync(ctx, (Person)ctx.Source!));
    }

    private static async Task<Connection<CitizenAccess>> LoadAsync(IResolveConnectionContext context, Person person)
    {
        var principal = context.RequestService<RequestAccess>().View.Principal;
        if (principal.PersonPublicId != person.PublicId)
        {
            throw new RegistryError(ErrorCodes.Forbidden, "Only the person themself reads their access log.");
        }

        var first = Pages.Size(context.GetArgument<int?>("first"), 20, MaxPage);

        var after = LogCursor.Decode(context.After);
        await using var db = await context.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var householdId = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == person.Id && m.EndDate == null)
            .Select(m => m.Household!.PublicId)
            .FirstOrDefaultAsync(context.CancellationToken) ?? person.PublicId;
        var entries = db.AccessLog.AsNoTracking()
            .Where(e => e.PrincipalSubject != principal.Subject && (e.Subjects.Contains(householdId) || e.Subjects.Contains(person.PublicId)));
        var page = await (after is { } before ? entries.Where(e => e.Sequence < before) : entries)
            .OrderByDescending(e => e.Sequence)
            .Take(first + 1)
            .ToListAsync(context.CancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, context.CancellationToken);

        return Pages.Build(page, first, after is not null, entry => LogCursor.Encode(entry.Sequence), entry =>
        {
            var agency = entry.AgencyCode is { } code ? agencies.GetValueOrDefault(code) : null;
            var who = agency?.Name ?? (entry.AgencyCode is null ? StaffName(entry.PrincipalKind) : entry.AgencyCode);
            var why = agency?.Purposes.FirstOrDefault(p => p.Code == entry.Purpose)?.Description ?? entry.Purpose;
            return new CitizenAccess(entry.Sequence, entry.OccurredAt, who, why, FieldLabels.Known(entry.Fields), entry.Outcome, entry.PrincipalKind, entry.AgencyCode, entry.Purpose);
        });
    }

    private static string StaffName(string kind) => kind switch
    {
        "OPERATOR" => "a registry operator",
        "PRIVACY_OFFICER" => "a privacy officer",
        "ADMIN" => "a registry administrator",
        _ => "the registry",
    };
}
