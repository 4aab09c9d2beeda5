using GraphQL.Validation;
using GraphQLParser.AST;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Limits;

/// <summary>
/// Counts what makes a document expensive to validate and run before any field resolves: aliases
/// (one field asked thousands of times), named fragments, and the root fields of each operation.
/// </summary>
public sealed class QueryShapeRule(QueryLimits limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var document = context.Document;
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToList();
        if (fragments.Count > limits.MaxFragments)
        {
            context.ReportError(new LimitError(ErrorCodes.TooManyFragments, $"The document defines {fragments.Count} fragments; the limit is {limits.MaxFragments}."));
            return default;
        }

        var aliases = 0;
        Count(document, ref aliases);
        if (aliases > limits.MaxAliases)
        {
            context.ReportError(new LimitError(ErrorCodes.TooManyAliases, $"The document uses {aliases} aliases; the limit is {limits.MaxAliases}."));
        }

        var byName = fragments.GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var roots = RootFields(operation.SelectionSet, byName, []);
            if (roots > limits.MaxRootFields)
            {
                context.ReportError(new LimitError(ErrorCodes.TooManyRootFields, $"The operation selects {roots} root fields; the limit is {limits.MaxRootFields}."));
            }
        }

        return default;
    }

    private static void Count(ASTNode node, ref int aliases)
    {
        var stack = new Stack<ASTNode>();
        stack.Push(node);
        while (stack.TryPop(out var current))
        {
            var selections = current switch
            {
                GraphQLDocument document => document.Definitions.Select(d => d as ASTNode).ToList(),
                IHasSelectionSetNode { SelectionSet: { } set } => set.Selections.Select(s => s as ASTNode).ToList(),
                _ => [],
            };
            if (current is GraphQLField { Alias: not null })
            {
                aliases++;
            }

            foreach (var child in selections)
            {
                stack.Push(child);
            }
        }
    }

    // Root fields reached through fragments count too; a fragment cycle is another rule's error.
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
