namespace GraphRegistry.Api.TrustedDocuments;

public enum TrustedDocumentStatus
{
    Pending,
    Approved,
    Rejected,
}
