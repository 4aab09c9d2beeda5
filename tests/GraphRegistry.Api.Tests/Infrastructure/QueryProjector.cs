using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Cuts a fragment-free query down to the fields an access view allows, and lists what it cut.</summary>
public static class QueryProjector
{
    public static async Task<(string Query, List<string> Removed)> ProjectAsync(ISchema schema, AccessView view, string query)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var removed = new List<string>();
        Prune(operation.SelectionSet, schema.Query, view, removed);
        using var writer = new StringWriter();
        await new SDLPrinter().PrintAsync(document, writer);
        return (writer.ToString(), removed);
    }

    private static void Prune(GraphQLSelectionSet selections, IGraphType parent, AccessView view, List<string> removed)
    {
        var complex = (IComplexGraphType)parent;
        selections.Selections.RemoveAll(selection =>
        {
            var field = (GraphQLField)selection;
            var name = field.Name.StringValue;
            if (name == "__typename")
            {
                return false;
            }

            if (!view.Allows(parent, name))
            {
                removed.Add($"{parent.Name}.{name}");
                return true;
            }

            if (field.SelectionSet is { } nested)
            {
                Prune(nested, complex.GetField(name)!.ResolvedType!.GetNamedType()!, view, removed);
                return nested.Selections.Count == 0;
            }

            return false;
        });
    }
}
