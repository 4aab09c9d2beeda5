using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Benchmarks;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Limits;
using GraphRegistry.Api.Operations;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.TrustedDocuments;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphRegistry.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: negotiates the response media type, authenticates, reads the
/// request, executes it against the singleton schema under the caller's access view, writes the
/// access log entry (fail closed), and maps the outcome to the specification's status codes.
/// </summary>
public sealed class GraphQLHttpHandler(
    BoundedExecution execution,
    IGraphQLTextSerializer serializer,
    IErrorInfoProvider errors,
    GraphQLRequestReader reader,
    RequestAuthenticator authenticator,
    AccessLogWriter accessLog,
    AgencyQuotaGuard quotas,
    PersistedRequestResolver persisted,
    IHostEnvironment environment,
    IOptions<GraphOptions> options,
    IOptions<BenchmarkOptions> benchmarks)
{
    private const string RequestIdHeader = "X-Request-Id";

    private static readonly IValidationRule[] PrivacyRules = [FieldAuthorizationRule.Instance, PurposeRule.Instance];
    private static readonly IValidationRule[] PostRules = [.. DocumentValidator.CoreRules, .. PrivacyRules];
    private static readonly IValidationRule[] GetRules = [.. PostRules, QueriesOnlyOverGetRule.Instance];

    public async Task HandlePostAsync(HttpContext http)
    {
        if (await AuthenticateAsync(http) is not var (mediaType, view))
        {
            return;
        }

        var (request, error) = await reader.ReadPostAsync(http.Request, options.Value.MaxRequestBytes);
        await ExecuteAsync(http, mediaType, view, request, error, PostRules);
    }

    public async Task HandleGetAsync(HttpContext http)
    {
        // GraphiQL is a development tool: elsewhere a browser gets the same 401 as any anonymous caller.
        if (environment.IsDevelopment() && ResponseMediaType.PrefersHtml(http.Request.Headers.Accept))
        {
            await GraphiQL.GraphiQLPage.WriteAsync(http);
            return;
        }

        if (await AuthenticateAsync(http) is not var (mediaType, view))
        {
            return;
        }

        var (request, error) = reader.ReadGet(http.Request.Query);
        await ExecuteAsync(http, mediaType, view, request, error, GetRules);
    }

    public Task RefuseMethodAsync(HttpContext http)
    {
        http.Response.Headers.Allow = "GET, POST";
        return WriteErrorAsync(http, MediaTypes.Json, new HttpRequestError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use GET for queries or POST."));
    }

    // Negotiation first (the answer's media type), then the token: anonymous callers get nothing else read.
    private async Task<(string MediaType, AccessView View)?> AuthenticateAsync(HttpContext http)
    {
        http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
        if (ResponseMediaType.Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await WriteErrorAsync(http, MediaTypes.Json, new HttpRequestError(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, "Accept application/graphql-response+json or application/json."));
            return null;
        }

        var (view, refusal, principal) = await authenticator.AuthenticateAsync(http);
        if (refusal is null && view!.Quota is { } quota && await quotas.TryAdmitAsync(principal!.AgencyCode!, quota, http.RequestAborted) is { } over)
        {
            http.Response.Headers.RetryAfter = over.RetryAfterSeconds;
            refusal = new HttpRequestError(over.StatusCode, over.Code, over.Message);
        }

        if (refusal is null)
        {
            return (mediaType, view!);
        }

        if (principal is not null && !await TryLogAsync(http, mediaType, AccessLogDrafts.Refused(principal, refusal.Code, http.TraceIdentifier)))
        {
            return null;
        }

        await WriteErrorAsync(http, mediaType, refusal);
        return null;
    }

    private async Task ExecuteAsync(HttpContext http, string mediaType, AccessView view, GraphQLHttpRequest? request, HttpRequestError? error, IEnumerable<IValidationRule> rules)
    {
        if (error is not null || request is null)
        {
            await WriteErrorAsync(http, mediaType, error!);
            return;
        }

        // Refused hashes and raw text from a persisted-only agency are attempts: they are logged.
        var (resolved, refusal) = await persisted.ResolveAsync(view, request, http.RequestAborted);
        if (resolved is null)
        {
            if (await TryLogAsync(http, mediaType, AccessLogDrafts.Refused(view.Principal, refusal!.Code, http.TraceIdentifier)))
            {
                await WriteErrorAsync(http, mediaType, refusal);
            }

            return;
        }

        await ExecuteResolvedAsync(http, mediaType, view, resolved, rules);
    }

    private async Task ExecuteResolvedAsync(HttpContext http, string mediaType, AccessView view, GraphQLHttpRequest request, IEnumerable<IValidationRule> rules)
    {
        if (request.Query.Length > view.Limits.MaxDocumentCharacters)
        {
            await WriteErrorAsync(http, mediaType, new HttpRequestError(StatusCodes.Status400BadRequest, ErrorCodes.DocumentTooLarge, $"The query text exceeds {view.Limits.MaxDocumentCharacters} characters."));
            return;
        }

        Activity.Current?.SetTag("registry.principal_kind", RegistryPrincipal.KindClaimValue(view.Principal.Kind));
        Activity.Current?.SetTag("registry.agency", view.Principal.AgencyCode);
        Activity.Current?.SetTag("graphql.operation.name", request.OperationName);
        // The one place the measurement switch is read: unguarded, the request meets only the core
        // and limit rules, the guards let it through (see RequestAccess.Guarded) and nothing is logged.
        var guarded = benchmarks.Value.PrivacyPipeline;
        var access = http.RequestServices.GetRequiredService<RequestAccess>();
        access.Begin(view, guarded);
        var validation = guarded ? rules : rules.Where(rule => !PrivacyRules.Contains(rule));
        var result = await execution.ExecuteAsync(http, view, request, [.. validation, .. LimitRules.For(view.Limits, options.Value.DefaultPageSize)]);
        var recorder = http.RequestServices.GetRequiredService<AccessRecorder>();
        if (guarded && view.Quota is not null && !await quotas.TryRecordHouseholdsAsync(view.Principal.AgencyCode!, recorder.Subjects))
        {
            // Read but not counted: the answer is withheld (fail closed); the log still records what was read.
            http.Response.Headers.RetryAfter = QuotaRefusal.StoreUnavailable.RetryAfterSeconds;
            result = new ExecutionResult { Executed = true, Errors = [new RegistryError(ErrorCodes.QuotaUnavailable, QuotaRefusal.StoreUnavailable.Message)] };
        }

        if (guarded && !await LogAsync(http, mediaType, view, recorder, request, result))
        {
            return;
        }

        if (access.MaskedPaths.Count > 0)
        {
            (result.Extensions ??= [])["masked"] = access.MaskedPaths.OrderBy(m => m.Path, StringComparer.Ordinal).ToList();
        }

        await WriteAsync(http, mediaType, ResponseStatus.For(result, mediaType), result);
    }

    // Fail closed: the entry is durable before a byte of the answer leaves.
    private async Task<bool> LogAsync(HttpContext http, string mediaType, AccessView view, AccessRecorder recorder, GraphQLHttpRequest request, ExecutionResult result)
    {
        var codes = AccessLogDrafts.LoggedCodesOf(result, errors);
        var draft = AccessLogDrafts.For(view, recorder, result.Document, request.OperationName ?? result.Operation?.Name?.StringValue, codes, http.TraceIdentifier);
        return draft is null || await TryLogAsync(http, mediaType, draft);
    }

    private async Task<bool> TryLogAsync(HttpContext http, string mediaType, AccessLogDraft draft)
    {
        if (await accessLog.TryAppendAsync(draft, http.RequestAborted))
        {
            return true;
        }

        await WriteErrorAsync(http, mediaType, HttpRequestError.AuditUnavailable);
        return false;
    }

    private Task WriteErrorAsync(HttpContext http, string mediaType, HttpRequestError error) =>
        WriteAsync(http, mediaType, error.StatusCode, new ExecutionResult { Errors = [new RegistryError(error.Code, error.Message)] });

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        if (status == StatusCodes.Status405MethodNotAllowed && !http.Response.Headers.ContainsKey(HeaderNames.Allow))
        {
            http.Response.Headers.Allow = "POST";
        }

        RegistryTelemetry.RecordResponse(status, AccessLogDrafts.ErrorCodesOf(result, errors));
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
