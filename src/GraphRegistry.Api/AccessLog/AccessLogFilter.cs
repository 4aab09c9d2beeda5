namespace GraphRegistry.Api.AccessLog;

public sealed record AccessLogFilter
{
    public string? Agency { get; init; }

    public string? Purpose { get; init; }

    public string? Subject { get; init; }

    public AccessOutcome? Outcome { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }
}
