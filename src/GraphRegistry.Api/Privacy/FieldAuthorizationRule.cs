using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Before anything executes, walks the whole document — every selection through aliases, named and
/// inline fragments and nested paths, every argument and input object (filtering by a field reads
/// it), whatever @skip or @include say — and reports each field the principal is not granted.
/// One refusal refuses the request: nothing partial runs.
/// </summary>
public sealed class FieldAuthorizationRule : ValidationRuleBase
{
    public static FieldAuthorizationRule Instance { get; } = new();

    // Without an access view nothing is allowed: a caller that forgot to set one fails closed.
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(CurrentAccess.View is { } view ? new Visitor(view) : new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
            ctx.ReportError(new FieldNotGrantedError(ctx, operation, "(any)", string.Empty, "a request without an access view"))));

    private sealed class Visitor(AccessView view) : INodeVisitor
    {
        private readonly List<string> path = [];

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition:
                    path.Clear();
                    break;
                case GraphQLFragmentDefinition fragment:
                    path.Clear();
                    path.Add("..." + fragment.FragmentName.Name.StringValue);
                    break;
                case GraphQLField field:
                    path.Add((field.Alias?.Name ?? field.Name).StringValue);
                    CheckField(field, context);
                    break;
                case GraphQLArgument argument:
                    CheckArgument(argument, context);
                    break;
            }

            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLField && path.Count > 0)
            {
                path.RemoveAt(path.Count - 1);
            }

            return default;
        }

        private void CheckField(GraphQLField field, ValidationContext context)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal)
                || context.TypeInfo.GetFieldDef() is null
                || context.TypeInfo.GetParentType()?.GetNamedType() is not { } parent)
            {
                // Introspection is filtered per principal instead; unknown fields are left to the core rules.
                return;
            }

            if (!view.Allows(parent, name))
            {
                Report(context, field, $"{parent.Name}.{name}");
            }
            else
            {
                context.RequestServices?.GetService<RequestAccess>()?.NoteRequestedField($"{parent.Name}.{name}");
            }
        }

        private void CheckArgument(GraphQLArgument argument, ValidationContext context)
        {
            if (context.TypeInfo.GetArgument()?.ResolvedType?.GetNamedType() is IInputObjectGraphType input)
            {
                CheckInput(input, argument.Value, argument, context);
            }
        }

        // Every provided input field that reads a coordinate must be granted, in literals and in variables alike.
        private void CheckInput(IInputObjectGraphType type, object? value, ASTNode node, ValidationContext context)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    CheckInput(type, VariableValue.Of(context, variable), node, context);
                    break;
                case GraphQLObjectValue literal:
                    foreach (var field in literal.Fields ?? [])
                    {
                        CheckInputField(type, field.Name.StringValue, field.Value, node, context);
                    }

                    break;
                case IDictionary<string, object?> map:
                    foreach (var (name, nested) in map)
                    {
                        CheckInputField(type, name, nested, node, context);
                    }

                    break;
            }
        }

        private void CheckInputField(IInputObjectGraphType type, string name, object? value, ASTNode node, ValidationContext context)
        {
            if (type.GetField(name) is not { } field)
            {
                return;
            }

            if (field.ReadCoordinate() is { } coordinate && !view.Allows(coordinate))
            {
                Report(context, node, coordinate);
            }

            if (field.ResolvedType?.GetNamedType() is IInputObjectGraphType nested)
            {
                CheckInput(nested, value, node, context);
            }
        }

        private void Report(ValidationContext context, ASTNode node, string coordinate) =>
            context.ReportError(new FieldNotGrantedError(context, node, coordinate, string.Join('.', path), view.Principal.Describe()));
    }
}
