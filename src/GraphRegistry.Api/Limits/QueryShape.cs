using GraphQLParser.AST;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Limits;

/// <summary>
/// Counts what makes a document expensive to validate and run: selections, aliases (one field asked
/// thousands of times), introspections of the whole schema, named fragments, and the root fields of
/// each operation. Linear in the document.
/// </summary>
public static class QueryShape
{
    /// <summary>The first limit the document exceeds, or null.</summary>
    public static LimitError? Check(GraphQLDocument document, QueryLimits limits)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        if (fragments.Count > limits.MaxFragments)
        {
            return new LimitError(ErrorCodes.TooManyFragments, $"The document defines {fragments.Count} fragments; the limit is {limits.MaxFragments}.");
        }

        var (selections, aliases, introspections) = CountSelections(document);
        if (aliases > limits.MaxAliases)
        {
            return new LimitError(ErrorCodes.TooManyAliases, $"The document uses {aliases} aliases; the limit is {limits.MaxAliases}.");
        }

        if (selections > limits.MaxSelections)
        {
            return new LimitError(ErrorCodes.TooManySelections, $"The document makes {selections} selections; the limit is {limits.MaxSelections}.");
        }

        if (introspections > limits.MaxIntrospections)
        {
            return new LimitError(ErrorCodes.QueryTooComplex, $"The document introspects the schema {introspections} times (__schema or __type); the limit is {limits.MaxIntrospections}: one __schema answers everything.");
        }

        var byName = fragments.DistinctBy(f => f.FragmentName.Name.StringValue).ToDictionary(f => f.FragmentName.Name.StringValue);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var roots = RootFields(operation.SelectionSet, byName, []);
            if (roots > limits.MaxRootFields)
            {
                return new LimitError(ErrorCodes.TooManyRootFields, $"The operation selects {roots} root fields; the limit is {limits.MaxRootFields}.");
            }
        }

        return null;
    }

    private static (int Selections, int Aliases, int Introspections) CountSelections(GraphQLDocument document)
    {
        int selections = 0, aliases = 0, introspections = 0;
        var pending = new Stack<ASTNode>(document.Definitions);
        while (pending.TryPop(out var node))
        {
            if (node is GraphQLField field)
            {
                aliases += field.Alias is null ? 0 : 1;
                introspections += field.Name.StringValue is "__schema" or "__type" ? 1 : 0;
            }

            if (node is IHasSelectionSetNode { SelectionSet: { } set })
            {
                selections += set.Selections.Count;
                foreach (var selection in set.Selections)
                {
                    pending.Push(selection);
                }
            }
        }

        return (selections, aliases, introspections);
    }

    // Root fields reached through fragments count too; a fragment cycle is a validation error of its own.
    private static int RootFields(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> visited) =>
        set.Selections.Sum(selection => selection switch
        {
            GraphQLField => 1,
            GraphQLInlineFragment inline => RootFields(inline.SelectionSet, fragments, visited),
            GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue)
                && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) => RootFields(fragment.SelectionSet, fragments, visited),
            _ => 0,
        });
}
