using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphRegistry.Api.Consents;

/// <summary>PURPOSE_REQUIRED or PURPOSE_NOT_ALLOWED: the request was refused before it ran.</summary>
public sealed class PurposeError : ValidationError
{
    public PurposeError(ValidationContext context, ASTNode node, string code, string message)
        : base(context.Document.Source, null, message, node)
    {
        Code = code;
    }
}
