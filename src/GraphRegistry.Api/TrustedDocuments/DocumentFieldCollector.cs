using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>Notes every Type.field a document selects, wherever it sits: what the officer reviews.</summary>
public sealed class DocumentFieldCollector : ValidationRuleBase
{
    public SortedSet<string> Fields { get; } = new(StringComparer.Ordinal);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            var name = field.Name.StringValue;
            if (ctx.TypeInfo.GetParentType()?.GetNamedType() is { } parent && !name.StartsWith("__", StringComparison.Ordinal))
            {
                Fields.Add($"{parent.Name}.{name}");
            }
        }));
}
