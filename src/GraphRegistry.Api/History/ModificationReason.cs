namespace GraphRegistry.Api.History;

public enum ModificationReason
{
    Registration,
    Declaration,
    MembershipChange,
    ChangeRequest,
    Verification,
}
