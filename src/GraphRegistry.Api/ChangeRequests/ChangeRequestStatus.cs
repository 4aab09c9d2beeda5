namespace GraphRegistry.Api.ChangeRequests;

/// <summary>DRAFT → PENDING → APPROVED or REJECTED; APPROVED → APPLIED.</summary>
public enum ChangeRequestStatus
{
    Draft,
    Pending,
    Approved,
    Rejected,
    Applied,
}
