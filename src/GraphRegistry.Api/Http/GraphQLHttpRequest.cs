using GraphQL;

namespace GraphRegistry.Api.Http;

/// <summary>
/// A GraphQL-over-HTTP request after the HTTP layer accepted it: a query and its optional parts. A
/// persisted request names its document by <see cref="DocumentHash"/> and has no query text until
/// the endpoint looks the approved document up.
/// </summary>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentHash = null);
