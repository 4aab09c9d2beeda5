namespace GraphRegistry.Api.AccessLog;

/// <summary>The access log could not durably record an entry; the request must fail without data.</summary>
public sealed class AuditUnavailableException(Exception inner) : Exception("The access log is unavailable.", inner);
