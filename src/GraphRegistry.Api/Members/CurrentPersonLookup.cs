using System.Linq.Expressions;
using GraphQL;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Members;

/// <summary>
/// Finds one person together with their current membership, its household and the household's
/// size, in one query, and hands those to the request's loaders. A lookup by identifier almost
/// always asks for the household next; read separately, that was three more round trips (the
/// guard's, the household's and the size's), each a pooled connection opened and closed.
/// </summary>
/// <remarks>
/// The queries are compiled once per model: an agency lookup is the registry's hottest path, and
/// building and funcletizing the LINQ tree on every call was a measurable share of it.
/// </remarks>
public static class CurrentPersonLookup
{
    private static readonly CompiledPerModel<Func<RegistryDbContext, byte[], string[]?, Task<Found?>>> ByNationalIdIndex = new(() => Compile<byte[]>((person, index) => person.NationalIdIndex == index));
    private static readonly CompiledPerModel<Func<RegistryDbContext, byte[], string[]?, Task<Found?>>> ByIdcsIndex = new(() => Compile<byte[]>((person, index) => person.IdcsIndex == index));
    private static readonly CompiledPerModel<Func<RegistryDbContext, string, string[]?, Task<Found?>>> ByPublicId = new(() => Compile<string>((person, publicId) => person.PublicId == publicId));

    public static Task<(Person Person, Household? Household)?> ByNationalIdAsync(IResolveFieldContext context, RegistryDbContext db, byte[] index, RowScope scope) =>
        FindAsync(context, ByNationalIdIndex.For(db)(db, index, Regions(scope)));

    public static Task<(Person Person, Household? Household)?> ByIdcsAsync(IResolveFieldContext context, RegistryDbContext db, byte[] index, RowScope scope) =>
        FindAsync(context, ByIdcsIndex.For(db)(db, index, Regions(scope)));

    /// <summary>The person with this public id, if their current household is in <paramref name="scope"/> (or, for <see cref="RowScope.All"/>, whatever it is).</summary>
    public static Task<(Person Person, Household? Household)?> ByPublicIdAsync(IResolveFieldContext context, RegistryDbContext db, string publicId, RowScope scope) =>
        FindAsync(context, ByPublicId.For(db)(db, publicId, Regions(scope)));

    private static async Task<(Person Person, Household? Household)?> FindAsync(IResolveFieldContext context, Task<Found?> query)
    {
        if (await query is not { } found)
        {
            return null;
        }

        if (found.Membership is { } current)
        {
            current.Household = found.Household;
            context.RequestService<MemberCountByHouseholdLoader>().Prime(current.HouseholdId, found.Size);
        }

        context.RequestService<CurrentMembershipByPersonLoader>().Prime(found.Person.Id, found.Membership);
        return (found.Person, found.Household);
    }

    private static string[]? Regions(RowScope scope) => scope.Regions is { } regions ? [.. regions] : null;

    // One query shape for every key: the key's comparison is spliced into it before compiling.
    private static Func<RegistryDbContext, TKey, string[]?, Task<Found?>> Compile<TKey>(Expression<Func<Person, TKey, bool>> matches)
    {
        Expression<Func<RegistryDbContext, TKey, string[]?, Found?>> shape = (db, key, regions) => (
            from person in db.Persons.AsNoTracking().Where(person => Matches(person, key))
            from membership in db.Memberships.AsNoTracking().Where(m => m.PersonId == person.Id && m.EndDate == null).DefaultIfEmpty()
            where regions == null || (membership != null && regions.Contains(membership.Household!.RegionCode))
            select new Found(
                person,
                membership,
                membership!.Household,
                db.Memberships.Count(m => m.HouseholdId == membership.HouseholdId && m.EndDate == null)))
            .SingleOrDefault();
        return EF.CompileAsyncQuery((Expression<Func<RegistryDbContext, TKey, string[]?, Found?>>)new Splice(matches).Visit(shape));
    }

    // Stands for the key comparison in the shape above; never called.
    private static bool Matches<TKey>(Person person, TKey key) => throw new InvalidOperationException("Replaced before the query is compiled.");

    private sealed class Splice(LambdaExpression matches) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(Matches) && node.Method.DeclaringType == typeof(CurrentPersonLookup)
                ? new Rebind(matches.Parameters[0], Visit(node.Arguments[0]), matches.Parameters[1], Visit(node.Arguments[1])).Visit(matches.Body)
                : base.VisitMethodCall(node);
    }

    private sealed class Rebind(ParameterExpression person, Expression personValue, ParameterExpression key, Expression keyValue) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == person ? personValue : node == key ? keyValue : base.VisitParameter(node);
    }

    private sealed record Found(Person Person, Membership? Membership, Household? Household, int Size);
}
