namespace GraphRegistry.Api.Limits;

/// <summary>
/// Where agencies' quota usage is counted: in this node's memory when the registry is one node
/// (SQLite), in the shared database when several nodes serve one PostgreSQL registry, so that
/// together they grant an agency its quota once, not once per node.
/// </summary>
public interface IAgencyQuotaCounter
{
    /// <summary>Counts the request; a refusal when the agency is over either quota. Throws <see cref="QuotaStoreUnavailableException"/> when it cannot count.</summary>
    ValueTask<QuotaRefusal?> TryAdmitAsync(string agency, AgencyQuota quota, CancellationToken cancellationToken);

    /// <summary>Adds the households a request read to the agency's distinct households of the day. Throws <see cref="QuotaStoreUnavailableException"/> when it cannot.</summary>
    ValueTask RecordHouseholdsAsync(string agency, IReadOnlyCollection<string> households, CancellationToken cancellationToken);
}
