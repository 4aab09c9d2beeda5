using GraphQLParser.AST;
using GraphRegistry.Api.Consents;

namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>
/// A submitted operation keeps its text in the registry, and its SHA-256 is what officers,
/// policy changes and logs name it by: a value written into the text (a national ID, a name)
/// would sit there in clear and be recoverable from the hash by enumeration. So values travel as
/// variables; the text may hold only the declared purpose, page sizes and @skip/@include flags.
/// </summary>
public static class InlineValues
{
    private static readonly HashSet<string> PageSizeArguments = ["first", "last"];

    /// <summary>The name of the first argument (or variable default) given a value in the text, or null.</summary>
    public static string? FirstIn(GraphQLDocument document)
    {
        var pending = new Stack<ASTNode>(document.Definitions);
        while (pending.TryPop(out var node))
        {
            if (node is GraphQLOperationDefinition { Variables: { } variables }
                && variables.Items.FirstOrDefault(v => v.DefaultValue is not null) is { } defaulted)
            {
                return "$" + defaulted.Variable.Name.StringValue;
            }

            if (node is IHasDirectivesNode { Directives: { } directives }
                && directives.Items.SelectMany(d => d.Arguments?.Items ?? []).FirstOrDefault(a => a.Value is not (GraphQLVariable or GraphQLBooleanValue)) is { } flag)
            {
                return flag.Name.StringValue;
            }

            if (node is GraphQLField { Arguments: { } arguments } && arguments.Items.FirstOrDefault(IsInlineValue) is { } inline)
            {
                return inline.Name.StringValue;
            }

            if (node is IHasSelectionSetNode { SelectionSet: { } set })
            {
                foreach (var selection in set.Selections)
                {
                    pending.Push(selection);
                }
            }
        }

        return null;
    }

    private static bool IsInlineValue(GraphQLArgument argument) => argument.Value switch
    {
        GraphQLVariable => false,
        GraphQLStringValue when argument.Name.StringValue == PurposeRule.ArgumentName => false,
        GraphQLIntValue when PageSizeArguments.Contains(argument.Name.StringValue) => false,
        _ => true,
    };
}
