using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

/// <summary>Builds the log entry of a request from what it read, or why it was refused.</summary>
public static class AccessLogDrafts
{
    /// <summary>The principal kind logged for a signed token whose claims name no principal.</summary>
    public const string UnrecognisedPrincipal = "UNRECOGNISED";

    private static readonly HashSet<string> Refusals =
    [
        ErrorCodes.ForbiddenField, ErrorCodes.PurposeRequired, ErrorCodes.PurposeNotAllowed, ErrorCodes.NoConsent, ErrorCodes.Forbidden,

        // Looking for someone who is not there (or not in scope) is an attempt too: probing leaves a trace.
        ErrorCodes.NotFound,

        // Learning that an identifier is already registered is learning something about a person.
        ErrorCodes.Duplicate,

        // An analyst over budget was asking for more than the registry lets out.
        ErrorCodes.StatisticsBudgetExhausted,
    ];

    /// <summary>Null when the request neither read household data nor was refused: nothing to log.</summary>
    public static AccessLogDraft? For(AccessView view, AccessRecorder recorder, GraphQLDocument? document, string? operationName, IReadOnlyCollection<string> errorCodes, string requestId)
    {
        var refused = errorCodes.Where(Refusals.Contains).ToList();
        if (!recorder.TouchedHouseholdData && refused.Count == 0)
        {
            return null;
        }

        var fields = recorder.Fields.Select(coordinate =>
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            return view.RuleFor(coordinate[..dot], coordinate[(dot + 1)..]) is { Mask: { } mask } ? $"{coordinate}:MASKED({MaskKindGraphType.WireName(mask)})" : coordinate;
        }).ToList();
        var outcome = fields.Count == 0 && refused.Count > 0 ? AccessOutcome.Denied : AccessOutcome.Allowed;
        return new AccessLogDraft(
            RegistryPrincipal.KindClaimValue(view.Principal.Kind),
            view.Principal.Subject,
            view.Principal.AgencyCode,
            recorder.JoinedPurposes(),
            recorder.JoinedBases(),
            operationName,
            DocumentShape.HashOf(document),
            [.. recorder.Subjects],
            fields,
            outcome,
            errorCodes.Count == 0 ? null : string.Join(',', errorCodes.Distinct(StringComparer.Ordinal)),
            requestId);
    }

    /// <summary>A principal refused before execution (an unknown agency): logged as a denied attempt.</summary>
    public static AccessLogDraft Refused(RegistryPrincipal principal, string code, string requestId) => new(
        RegistryPrincipal.KindClaimValue(principal.Kind), principal.Subject, principal.AgencyCode, null, null, null, DocumentShape.None, [], [], AccessOutcome.Denied, code, requestId);

    /// <summary>
    /// A token signed by a trusted key whose security claims make no principal (missing, repeated or
    /// not strings): an attempt with the registry's own credentials, so it is logged as denied.
    /// </summary>
    public static AccessLogDraft RefusedToken(ClaimsPrincipal user, string code, string requestId) => new(
        UnrecognisedPrincipal, SingleString(user, RegistryClaims.Subject) ?? UnrecognisedPrincipal, null, null, null, null, DocumentShape.None, [], [], AccessOutcome.Denied, code, requestId);

    /// <summary>The codes the access log records: where the caller was told only NOT_FOUND, the officer sees why.</summary>
    public static IReadOnlyCollection<string> LoggedCodesOf(ExecutionResult result, IErrorInfoProvider errors) =>
        [.. (result.Errors ?? []).Select(e => e is SubjectNotFoundError concealed ? concealed.LoggedCode : CodeOf(e, errors)).OfType<string>()];

    /// <summary>The codes the caller reads in <c>errors[].extensions.code</c>.</summary>
    public static IReadOnlyCollection<string> ErrorCodesOf(ExecutionResult result, IErrorInfoProvider errors) =>
        result.Errors is null
            ? []
            : [.. result.Errors.Select(e => CodeOf(e, errors)).OfType<string>()];

    private static string? CodeOf(ExecutionError error, IErrorInfoProvider errors) =>
        errors.GetInfo(error).Extensions is { } extensions && extensions.TryGetValue("code", out var code) ? code as string : null;

    private static string? SingleString(ClaimsPrincipal user, string type) =>
        user.FindAll(type).ToList() is [{ ValueType: ClaimValueTypes.String, Value: { Length: > 0 } value }] ? value : null;
}
