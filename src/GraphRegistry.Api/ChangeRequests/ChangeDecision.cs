namespace GraphRegistry.Api.ChangeRequests;

public enum ChangeDecision
{
    Approve,
    Reject,
}
