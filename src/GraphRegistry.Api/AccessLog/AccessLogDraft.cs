namespace GraphRegistry.Api.AccessLog;

/// <summary>What the endpoint knows about a request once it has run; the writer adds sequence, time and hashes.</summary>
public sealed record AccessLogDraft(
    string PrincipalKind,
    string PrincipalSubject,
    string? AgencyCode,
    string? Purpose,
    string? Basis,
    string? OperationName,
    string DocumentHash,
    IReadOnlyCollection<string> Subjects,
    IReadOnlyCollection<string> Fields,
    AccessOutcome Outcome,
    string? Reason,
    string RequestId);
