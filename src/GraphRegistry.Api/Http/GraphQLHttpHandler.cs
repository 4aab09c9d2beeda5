using GraphQL;
using GraphQL.Validation;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphRegistry.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: reads the request, negotiates the response media type,
/// executes against the singleton schema and maps the outcome to the specification's status codes.
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<RegistrySchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    RequestAuthenticator authenticator,
    IOptions<GraphOptions> options)
{
    private static readonly IValidationRule[] PostRules = [.. DocumentValidator.CoreRules, FieldAuthorizationRule.Instance];
    private static readonly IValidationRule[] GetRules = [.. PostRules, QueriesOnlyOverGetRule.Instance];

    public async Task HandlePostAsync(HttpContext http)
    {
        if (ResponseMediaType.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await RefuseUnacceptableAsync(http);
            return;
        }

        var (view, refusal) = await authenticator.AuthenticateAsync(http);
        if (refusal is not null)
        {
            await WriteErrorAsync(http, mediaType, refusal);
            return;
        }

        var (request, error) = await reader.ReadPostAsync(http.Request, options.Value.MaxRequestBytes);
        await ExecuteAsync(http, mediaType, view!, request, error, PostRules);
    }

    public async Task HandleGetAsync(HttpContext http)
    {
        if (ResponseMediaType.PrefersHtml(http.Request.Headers.Accept))
        {
            await GraphiQL.GraphiQLPage.WriteAsync(http);
            return;
        }

        if (ResponseMediaType.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await RefuseUnacceptableAsync(http);
            return;
        }

        var (view, refusal) = await authenticator.AuthenticateAsync(http);
        if (refusal is not null)
        {
            await WriteErrorAsync(http, mediaType, refusal);
            return;
        }

        var (request, error) = reader.ReadGet(http.Request.Query);
        await ExecuteAsync(http, mediaType, view!, request, error, GetRules);
    }

    public Task RefuseMethodAsync(HttpContext http)
    {
        http.Response.Headers.Allow = "GET, POST";
        return WriteErrorAsync(http, MediaTypes.Json, new HttpRequestError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use GET for queries or POST."));
    }

    private async Task ExecuteAsync(HttpContext http, string mediaType, AccessView view, GraphQLHttpRequest? request, HttpRequestError? error, IEnumerable<IValidationRule> rules)
    {
        if (error is not null || request is null)
        {
            await WriteErrorAsync(http, mediaType, error!);
            return;
        }

        var access = http.RequestServices.GetRequiredService<RequestAccess>();
        access.Begin(view);
        using var current = CurrentAccess.Enter(view);
        var result = await executer.ExecuteAsync(execution =>
        {
            execution.Query = request.Query;
            execution.OperationName = request.OperationName;
            execution.Variables = request.Variables;
            execution.Extensions = request.Extensions;
            execution.RequestServices = http.RequestServices;
            execution.User = http.User;
            execution.CancellationToken = http.RequestAborted;
            execution.ValidationRules = rules;
        });

        if (access.MaskedPaths.Count > 0)
        {
            (result.Extensions ??= [])["masked"] = access.MaskedPaths.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
        }

        if (result.Errors?.Any(e => e is OperationNotAllowedOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            await WriteAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, result);
            return;
        }

        if (result.Errors?.Any(e => e is FieldNotGrantedError) == true)
        {
            await WriteAsync(http, mediaType, StatusCodes.Status403Forbidden, result);
            return;
        }

        // With the GraphQL response media type, a request that never executed (parse or validation
        // failure) is a client error; legacy application/json clients always get 200.
        var status = mediaType == MediaTypes.GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, mediaType, status, result);
    }

    private Task RefuseUnacceptableAsync(HttpContext http) =>
        WriteErrorAsync(http, MediaTypes.Json, new HttpRequestError(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, "Accept application/graphql-response+json or application/json."));

    private Task WriteErrorAsync(HttpContext http, string mediaType, HttpRequestError error) =>
        WriteAsync(http, mediaType, error.StatusCode, new ExecutionResult { Errors = [new RegistryError(error.Code, error.Message)] });

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
