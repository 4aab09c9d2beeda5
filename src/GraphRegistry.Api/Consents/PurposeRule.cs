using GraphQL.Validation;
using GraphQLParser.AST;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Consents;

/// <summary>
/// Agencies read and write household data only for a declared purpose: every root field (query or
/// mutation) that takes a purpose must be given one of the agency's own, before anything runs.
/// </summary>
public sealed class PurposeRule : ValidationRuleBase
{
    public const string ArgumentName = "purpose";

    public static PurposeRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        CurrentAccess.View is { Principal.Kind: PrincipalKind.Agency } view
            ? new(new MatchingNodeVisitor<GraphQLField>((field, ctx) => Check(field, ctx, view)))
            : default;

    private static void Check(GraphQLField field, ValidationContext context, AccessView view)
    {
        var parent = context.TypeInfo.GetParentType();
        if ((parent != context.Schema.Query && parent != context.Schema.Mutation) || context.TypeInfo.GetFieldDef() is not { } definition
            || definition.Arguments?.Find(ArgumentName) is null)
        {
            return;
        }

        var value = field.Arguments?.ValueFor(ArgumentName) switch
        {
            GraphQLStringValue literal => literal.Value.ToString(),
            GraphQLVariable variable => VariableValue.Of(context, variable) switch
            {
                string supplied => supplied,
                GraphQLStringValue declared => declared.Value.ToString(),
                _ => null,
            },
            _ => null,
        };
        var allowed = view.Purposes.Keys.Order(StringComparer.Ordinal).ToList();
        var choices = allowed.Count == 0 ? "it declares none" : $"declare one of {string.Join(", ", allowed)}";
        if (string.IsNullOrWhiteSpace(value))
        {
            context.ReportError(new PurposeError(context, field, Graph.ErrorCodes.PurposeRequired, $"Agencies must declare a purpose for '{definition.Name}': {choices}.", allowed));
        }
        else if (!view.Purposes.ContainsKey(value))
        {
            // The rejected value is not repeated: the message names only the agreement's own codes.
            context.ReportError(new PurposeError(context, field, Graph.ErrorCodes.PurposeNotAllowed, $"The purpose is not one of {view.Principal.Describe()}'s declared purposes: {choices}.", allowed));
        }
    }
}
