using GraphQL;

namespace GraphRegistry.Api.Http;

/// <summary>A GraphQL-over-HTTP request after the HTTP layer accepted it: a query and its optional parts.</summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
