using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphRegistry.Api.Http;

/// <summary>A mutation or subscription sent with GET; the endpoint answers 405 with Allow: POST.</summary>
public sealed class OperationNotAllowedOverGetError(ValidationContext context, GraphQLOperationDefinition operation)
    : ValidationError(context.Document.Source, null, $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", operation);
