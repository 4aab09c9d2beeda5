using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Http;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Limits;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>
/// POST /graphql/documents: an agency submits an operation for review. It is an endpoint of its own
/// because a persisted-only agency may send no query text to /graphql, yet must be able to submit.
/// </summary>
public static class TrustedDocumentEndpoint
{
    public const string Path = "/graphql/documents";

    public static IEndpointRouteBuilder MapTrustedDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, SubmitAsync);
        return endpoints;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, RequestAuthenticator authenticator, GraphQLRequestReader reader, DocumentReview review, TrustedDocumentStore store, AgencyQuotaGuard quotas, IOptions<GraphOptions> options)
    {
        var (view, refusal, _) = await authenticator.AuthenticateAsync(http);
        if (refusal is not null)
        {
            return Error(refusal.StatusCode, refusal.Code, refusal.Message);
        }

        if (view!.Principal.Kind != PrincipalKind.Agency)
        {
            return Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Only agencies submit operations for review.");
        }

        // Submissions count against the agency's request quota: each new text is a row to store.
        if (view.Quota is { } quota && await quotas.TryAdmitAsync(view.Principal.AgencyCode!, quota, http.RequestAborted) is { } over)
        {
            http.Response.Headers.RetryAfter = over.RetryAfterSeconds;
            return Error(over.StatusCode, over.Code, over.Message);
        }

        var (request, error) = await reader.ReadPostAsync(http.Request, options.Value.MaxRequestBytes);
        if (error is not null || request is null || request.DocumentHash is not null)
        {
            return error is null ? Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "Submit the operation's text in 'query'.") : Error(error.StatusCode, error.Code, error.Message);
        }

        var (fields, problems) = await review.ReviewAsync(view, request.Query, request.OperationName, http.RequestServices, refuseInlineValues: true, http.RequestAborted);
        if (problems.Count > 0)
        {
            return Results.Json(new { errors = problems.Select(p => new { message = p.Message, extensions = p.Extensions }) }, statusCode: StatusCodes.Status400BadRequest);
        }

        var document = await store.SubmitAsync(view.Principal, request.Query, request.OperationName, fields, http.RequestAborted);
        return Results.Json(new { id = document.Id, hash = document.Hash, status = TrustedDocumentGraphType.WireStatus(document.Status), fields = document.Fields }, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code } } } }, statusCode: status);
}
