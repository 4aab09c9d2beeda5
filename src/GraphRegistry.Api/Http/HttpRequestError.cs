using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Http;

/// <summary>A request refused before GraphQL sees it: its HTTP status, error code and a message without values.</summary>
public sealed record HttpRequestError(int StatusCode, string Code, string Message)
{
    /// <summary>The access log could not take the request's entry: fail closed.</summary>
    public static HttpRequestError AuditUnavailable { get; } = new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.AuditUnavailable, "The access log cannot record this request, so no data is returned. Try again later.");
}
