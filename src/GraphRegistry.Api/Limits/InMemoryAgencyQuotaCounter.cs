using System.Collections.Concurrent;

namespace GraphRegistry.Api.Limits;

/// <summary>
/// Counts each agency's requests per clock minute and the distinct households it read per UTC day
/// in this node's memory: the counter of a registry on SQLite, which is one node. The request that
/// reaches the household quota completes; the next one is refused until the day ends.
/// </summary>
public sealed class InMemoryAgencyQuotaCounter(TimeProvider clock) : IAgencyQuotaCounter
{
    private readonly ConcurrentDictionary<string, Usage> usage = new(StringComparer.Ordinal);

    public ValueTask<QuotaRefusal?> TryAdmitAsync(string agency, AgencyQuota quota, CancellationToken cancellationToken)
    {
        var period = QuotaPeriod.At(clock);
        var entry = usage.GetOrAdd(agency, _ => new Usage());
        lock (entry)
        {
            entry.Roll(period);
            if (entry.Households.Count >= quota.SubjectsPerDay)
            {
                return ValueTask.FromResult<QuotaRefusal?>(QuotaRefusal.Households(quota, period));
            }

            if (++entry.Requests > quota.RequestsPerMinute)
            {
                return ValueTask.FromResult<QuotaRefusal?>(QuotaRefusal.Requests(quota, period));
            }
        }

        return ValueTask.FromResult<QuotaRefusal?>(null);
    }

    public ValueTask RecordHouseholdsAsync(string agency, IReadOnlyCollection<string> households, CancellationToken cancellationToken)
    {
        var entry = usage.GetOrAdd(agency, _ => new Usage());
        lock (entry)
        {
            entry.Roll(QuotaPeriod.At(clock));
            entry.Households.UnionWith(households);
        }

        return ValueTask.CompletedTask;
    }

    private sealed class Usage
    {
        public DateTimeOffset Minute { get; private set; }

        public DateOnly Day { get; private set; }

        public int Requests { get; set; }

        public HashSet<string> Households { get; } = new(StringComparer.Ordinal);

        public void Roll(QuotaPeriod period)
        {
            if (period.Minute != Minute)
            {
                Minute = period.Minute;
                Requests = 0;
            }

            if (period.Day != Day)
            {
                Day = period.Day;
                Households.Clear();
            }
        }
    }
}
