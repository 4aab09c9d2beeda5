namespace GraphRegistry.Api.Limits;

/// <summary>
/// What the endpoints ask before and after a request of an agency: may it run, and which
/// households did it read. Fails closed: when the counter cannot count, the request is refused
/// (or its answer withheld) rather than let through uncounted.
/// </summary>
public sealed class AgencyQuotaGuard(IAgencyQuotaCounter counter)
{
    /// <summary>Counts the request; a refusal when the agency is over either quota or the count cannot be made.</summary>
    public async ValueTask<QuotaRefusal?> TryAdmitAsync(string agency, AgencyQuota quota, CancellationToken cancellationToken)
    {
        try
        {
            return await counter.TryAdmitAsync(agency, quota, cancellationToken);
        }
        catch (QuotaStoreUnavailableException)
        {
            return QuotaRefusal.StoreUnavailable;
        }
    }

    /// <summary>
    /// Adds the households a request read to the agency's count for the day; false when they could
    /// not be counted. Not cancelled with the request: what was read is counted even if the caller left.
    /// </summary>
    public async ValueTask<bool> TryRecordHouseholdsAsync(string agency, IReadOnlyCollection<string> households)
    {
        try
        {
            await counter.RecordHouseholdsAsync(agency, households, CancellationToken.None);
            return true;
        }
        catch (QuotaStoreUnavailableException)
        {
            return false;
        }
    }
}
