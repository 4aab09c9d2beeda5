namespace GraphRegistry.Api.Http;

/// <summary>A request refused before GraphQL sees it: its HTTP status, error code and a message without values.</summary>
public sealed record HttpRequestError(int StatusCode, string Code, string Message);
