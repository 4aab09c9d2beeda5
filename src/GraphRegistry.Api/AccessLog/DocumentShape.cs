using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// What the access log keeps of a document: a hash of its shape, never of its text. The text's
/// plain SHA-256 let an officer recover a national ID sent inline (two letters, six digits: a
/// million candidates, hashed in well under a second). The shape keeps operation types, field,
/// argument and input-field names, types and directives in order, and drops everything a caller
/// chose that could carry a value: literals (strings, numbers, enums, lists, booleans, nulls),
/// default values, aliases, and the names of operations, variables and fragments (numbered in
/// order instead). Two requests of one shape share one hash, whatever their values.
/// </summary>
public static class DocumentShape
{
    public const string Prefix = "shape:";

    /// <summary>No document was parsed: refused before parsing, or not GraphQL at all.</summary>
    public const string None = Prefix + "none";

    // Parsed documents are cached and reused by the registry, so each is walked once.
    private static readonly ConditionalWeakTable<GraphQLDocument, string> Hashes = [];

    public static string HashOf(GraphQLDocument? document) =>
        document is null ? None : Hashes.GetValue(document, static parsed => Prefix + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(Print(parsed)))));

    /// <summary>The shape as text: what <see cref="HashOf"/> hashes.</summary>
    public static string Print(GraphQLDocument document)
    {
        var printer = new Printer();
        foreach (var definition in document.Definitions)
        {
            printer.Definition(definition);
        }

        return printer.ToString();
    }

    private sealed class Printer
    {
        private readonly StringBuilder text = new();
        private readonly Dictionary<string, int> variables = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> fragments = new(StringComparer.Ordinal);

        public void Definition(ASTNode definition)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    text.Append(operation.Operation.ToString().ToLowerInvariant());
                    if (operation.Variables is { Count: > 0 } definitions)
                    {
                        text.Append('(');
                        foreach (var variable in definitions)
                        {
                            Variable(variable.Variable.Name.StringValue);
                            text.Append(':');
                            Type(variable.Type);
                            text.Append(variable.DefaultValue is null ? string.Empty : "=?");
                            Directives(variable.Directives);
                            text.Append(' ');
                        }

                        text.Append(')');
                    }

                    Directives(operation.Directives);
                    SelectionSet(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    text.Append("fragment ");
                    Fragment(fragment.FragmentName.Name.StringValue);
                    text.Append(" on ").Append(fragment.TypeCondition.Type.Name.StringValue);
                    Directives(fragment.Directives);
                    SelectionSet(fragment.SelectionSet);
                    break;
                default:
                    text.Append('#').Append(definition.Kind);
                    break;
            }

            text.Append('\n');
        }

        public override string ToString() => text.ToString();

        private void SelectionSet(GraphQLSelectionSet? set)
        {
            if (set is null)
            {
                return;
            }

            text.Append('{');
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        text.Append(field.Name.StringValue);
                        Arguments(field.Arguments);
                        Directives(field.Directives);
                        SelectionSet(field.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        text.Append("...");
                        Fragment(spread.FragmentName.Name.StringValue);
                        Directives(spread.Directives);
                        break;
                    case GraphQLInlineFragment inline:
                        text.Append("...");
                        text.Append(inline.TypeCondition is { } condition ? " on " + condition.Type.Name.StringValue : string.Empty);
                        Directives(inline.Directives);
                        SelectionSet(inline.SelectionSet);
                        break;
                }

                text.Append(' ');
            }

            text.Append('}');
        }

        private void Directives(GraphQLDirectives? directives)
        {
            if (directives is null)
            {
                return;
            }

            foreach (var directive in directives.Items)
            {
                text.Append('@').Append(directive.Name.StringValue);
                Arguments(directive.Arguments);
            }
        }

        private void Arguments(GraphQLArguments? arguments)
        {
            if (arguments is not { Count: > 0 })
            {
                return;
            }

            text.Append('(');
            foreach (var argument in arguments)
            {
                text.Append(argument.Name.StringValue).Append(':');
                Value(argument.Value);
                text.Append(' ');
            }

            text.Append(')');
        }

        // Only variables and the field names of input objects survive: every literal becomes '?'.
        private void Value(GraphQLValue value)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    Variable(variable.Name.StringValue);
                    break;
                case GraphQLObjectValue input:
                    text.Append('{');
                    foreach (var field in input.Fields ?? [])
                    {
                        text.Append(field.Name.StringValue).Append(':');
                        Value(field.Value);
                        text.Append(' ');
                    }

                    text.Append('}');
                    break;
                default:
                    text.Append('?');
                    break;
            }
        }

        private void Type(GraphQLType type)
        {
            switch (type)
            {
                case GraphQLNonNullType nonNull:
                    Type(nonNull.Type);
                    text.Append('!');
                    break;
                case GraphQLListType list:
                    text.Append('[');
                    Type(list.Type);
                    text.Append(']');
                    break;
                case GraphQLNamedType named:
                    text.Append(named.Name.StringValue);
                    break;
            }
        }

        private void Variable(string name) => text.Append("$v").Append(Number(variables, name));

        private void Fragment(string name) => text.Append('f').Append(Number(fragments, name));

        private static int Number(Dictionary<string, int> names, string name)
        {
            if (!names.TryGetValue(name, out var number))
            {
                number = names.Count;
                names[name] = number;
            }

            return number;
        }
    }
}
