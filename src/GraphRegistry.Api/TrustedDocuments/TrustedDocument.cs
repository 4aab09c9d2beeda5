namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>
/// An operation an agency submitted for review. Once a privacy officer approves it, the agency runs
/// it by its hash; the officer decides on the fields it reads, never on values.
/// </summary>
public sealed class TrustedDocument
{
    public long Id { get; set; }

    public required string AgencyCode { get; set; }

    /// <summary>SHA-256 of the query text, lowercase hex: the same hash the access log records.</summary>
    public required string Hash { get; set; }

    public required string Query { get; set; }

    public string? OperationName { get; set; }

    /// <summary>Every Type.field the operation reads, through fragments and nested selections.</summary>
    public List<string> Fields { get; set; } = [];

    public TrustedDocumentStatus Status { get; set; }

    public required string SubmittedBy { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The officer's reason for a rejection.</summary>
    public string? Reason { get; set; }
}
