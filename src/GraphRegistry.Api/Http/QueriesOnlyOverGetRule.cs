using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphRegistry.Api.Http;

/// <summary>GET is safe and cacheable by proxies, so the specification lets it carry queries only.</summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public static QueriesOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new OperationNotAllowedOverGetError(context, context.Operation));
        }

        return default;
    }
}
