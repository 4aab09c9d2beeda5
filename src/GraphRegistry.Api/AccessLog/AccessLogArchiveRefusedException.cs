namespace GraphRegistry.Api.AccessLog;

/// <summary>archive-log will not archive this month now; the message says why and that nothing changed.</summary>
public sealed class AccessLogArchiveRefusedException(string message) : Exception(message);
