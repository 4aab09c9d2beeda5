using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Replica;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

public static class PersonQueries
{
    public static void AddPersonFields(this ObjectGraphType query)
    {
        query.Field<PersonGraphType>("personByNationalId")
            .Description("A person by national ID (CNIE), found through its blind index: the number itself is never stored in clear.")
            .Argument<NonNullGraphType<StringGraphType>>("nationalId")
            .WithPurpose()
            .ResolveAsync(async ctx => await FindAsync(ctx, BlindIndexedField.NationalId, ctx.GetArgument<string>("nationalId")));

        query.Field<PersonGraphType>("personByIdcs")
            .Description("A person by civil-registry identifier (IDCS), found through its blind index.")
            .Argument<NonNullGraphType<StringGraphType>>("idcs")
            .WithPurpose()
            .ResolveAsync(async ctx => await FindAsync(ctx, BlindIndexedField.Idcs, ctx.GetArgument<string>("idcs")));

        query.Field<PersonGraphType>("me")
            .Description("The signed-in citizen's own person record, with their household. Citizens only.")
            .For(FieldAudience.Citizen)
            .ResolveAsync(async ctx =>
            {
                var notFound = new RegistryError(ErrorCodes.NotFound, "The signed-in person is not in the registry.");
                var personId = ctx.RequestService<RequestAccess>().View.Principal.PersonPublicId ?? throw notFound;
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                var (person, household) = await CurrentPersonLookup.ByPublicIdAsync(ctx, db, personId, RowScope.All) ?? throw notFound;
                await AuthorizeAsync(ctx, person, household);
                return person;
            });
    }

    private static async Task<Person> FindAsync(IResolveFieldContext context, BlindIndexedField field, string value)
    {
        var normalised = BlindIndex.Normalise(field, value);
        if (!IdentifierFormat.IsPlausible(field, normalised))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, $"The {IdentifierFormat.Describe(field)} is not well formed.");
        }

        var scope = context.RequestService<RequestAccess>().Scope;
        var candidates = context.RequestService<BlindIndex>().Candidates(field, normalised);
        var found = await context.RequestService<RegistryReads>().ReadAsync(db => FirstFoundAsync(context, db, field, candidates, scope), context.CancellationToken);
        var (person, household) = found ?? throw SubjectNotFoundError.NotRegistered();
        await AuthorizeAsync(context, person, household);
        return person;
    }

    // One index value, or two in the order BlindIndexKeys.Reading gives while a blind-index rotation runs.
    private static async Task<(Person Person, Household? Household)?> FirstFoundAsync(IResolveFieldContext context, RegistryDbContext db, BlindIndexedField field, IReadOnlyList<byte[]> candidates, RowScope scope)
    {
        foreach (var index in candidates)
        {
            var found = field == BlindIndexedField.NationalId
                ? await CurrentPersonLookup.ByNationalIdAsync(context, db, index, scope)
                : await CurrentPersonLookup.ByIdcsAsync(context, db, index, scope);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A person's data is their current household's: the same consent or legal basis covers both.</summary>
    public static async Task AuthorizeAsync(IResolveFieldContext context, Person person, Household? household)
    {
        if (!context.RequestService<RequestAccess>().Guarded)
        {
            return;
        }

        context.RequestService<AccessLog.AccessRecorder>().Subject(person.PublicId);
        await ConsentGuard.AuthorizeAsync(context, household?.Id ?? 0, household?.PublicId ?? person.PublicId);
    }
}
