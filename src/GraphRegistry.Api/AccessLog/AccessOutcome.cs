namespace GraphRegistry.Api.AccessLog;

public enum AccessOutcome
{
    Allowed,
    Denied,
}
