using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// The types a principal can reach from the roots through fields it is granted: what its
/// introspection and its SDL view show. Cached per set of rules, so once per agency and role.
/// </summary>
public static class VisibleTypes
{
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, FieldRule>, FrozenSet<string>> Cache = [];

    public static FrozenSet<string> Of(ISchema schema, AccessView view) =>
        Cache.GetValue(view.Rules, _ => Compute(schema, view));

    private static FrozenSet<string> Compute(ISchema schema, AccessView view)
    {
        var visible = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<IGraphType>();
        foreach (var root in new IGraphType?[] { schema.Query, schema.Mutation }.OfType<IComplexGraphType>())
        {
            if (root.Fields.Any(field => view.Allows(root, field.Name)))
            {
                pending.Enqueue(root);
            }
        }

        while (pending.TryDequeue(out var type))
        {
            if (!visible.Add(type.Name))
            {
                continue;
            }

            foreach (var next in Referenced(type, view))
            {
                pending.Enqueue(next.GetNamedType()!);
            }
        }

        return visible.ToFrozenSet(StringComparer.Ordinal);
    }

    private static IEnumerable<IGraphType> Referenced(IGraphType type, AccessView view)
    {
        switch (type)
        {
            case IInputObjectGraphType input:
                foreach (var field in input.Fields.Where(f => f.ReadCoordinate() is not { } coordinate || view.Allows(coordinate)))
                {
                    yield return field.ResolvedType!;
                }

                break;
            case IComplexGraphType complex:
                foreach (var field in complex.Fields.Where(f => view.Allows(type, f.Name)))
                {
                    yield return field.ResolvedType!;
                    foreach (var argument in field.Arguments ?? [])
                    {
                        yield return argument.ResolvedType!;
                    }
                }

                if (type is IInterfaceGraphType face)
                {
                    foreach (var possible in face.PossibleTypes)
                    {
                        yield return possible;
                    }
                }

                break;
        }
    }
}
