using GraphQL.Validation;
using GraphQLParser.AST;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Http;

/// <summary>A mutation or subscription sent with GET; the endpoint answers 405 with Allow: POST.</summary>
public sealed class OperationNotAllowedOverGetError : ValidationError
{
    public OperationNotAllowedOverGetError(ValidationContext context, GraphQLOperationDefinition operation)
        : base(context.Document.Source, null, $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", operation)
    {
        Code = ErrorCodes.MethodNotAllowed;
    }
}
