namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// One read of household data, or one refused attempt. Holds identifiers and field names, never
/// values or variables. Entries form a hash chain: each <see cref="Hash"/> covers the previous
/// hash and this entry's canonical form, so an edit, deletion or reordering is detectable.
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }

    /// <summary>Position in the chain, 1, 2, 3… without gaps.</summary>
    public long Sequence { get; set; }

    public DateTime OccurredAt { get; set; }

    public required string PrincipalKind { get; set; }

    public required string PrincipalSubject { get; set; }

    public string? AgencyCode { get; set; }

    public string? Purpose { get; set; }

    /// <summary>What made the read lawful: CONSENT:id, LEGAL_BASIS:text, DATA_SUBJECT or ROLE:kind.</summary>
    public string? Basis { get; set; }

    public string? OperationName { get; set; }

    /// <summary>
    /// <c>shape:</c> and the hash of the document's shape (<see cref="DocumentShape"/>): which kind of
    /// document ran, without its values. <c>sealed:</c> for an entry from before shapes (<see cref="LegacyDocumentHashes"/>).
    /// </summary>
    public required string DocumentHash { get; set; }

    /// <summary>Public ids of the households and persons whose data was read or sought.</summary>
    public List<string> Subjects { get; set; } = [];

    /// <summary>Type.field returned, with :MASKED(KIND) for masked ones.</summary>
    public List<string> Fields { get; set; } = [];

    public AccessOutcome Outcome { get; set; }

    /// <summary>The error codes of a refusal (or of a partial answer).</summary>
    public string? Reason { get; set; }

    public required string RequestId { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
