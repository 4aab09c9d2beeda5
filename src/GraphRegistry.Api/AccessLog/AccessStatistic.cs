namespace GraphRegistry.Api.AccessLog;

/// <summary>Reads and refusals of one agency for one purpose over a period.</summary>
public sealed record AccessStatistic(string? AgencyCode, string? Purpose, int Allowed, int Denied);
