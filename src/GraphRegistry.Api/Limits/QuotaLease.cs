namespace GraphRegistry.Api.Limits;

/// <summary>
/// The admissions one node took from an agency's minute counter in one statement and has not yet
/// used, with the day's household count as that statement read it. A lease belongs to its minute
/// and day: when either ends, what is left of it is dropped, never carried over.
/// </summary>
internal sealed class QuotaLease
{
    // The most one statement reserves, and the share of what remains of a quota it may take: near
    // a quota leases shrink to one admission each, so every admission is counted by the database.
    public const int MostAdmissions = 64;
    public const int ShareOfRemainder = 16;

    private readonly HashSet<string> recordedToday = new(StringComparer.Ordinal);

    /// <summary>Held while this node reserves the agency's next lease.</summary>
    public SemaphoreSlim Refilling { get; } = new(1, 1);
    private DateTimeOffset minute;
    private DateOnly day;
    private int left;
    private int requestsCounted;
    private int householdsCounted;

    /// <summary>Takes one admission of the lease, if it holds one for this minute and the day's count it read is under the quota.</summary>
    public bool TryTake(QuotaPeriod period, AgencyQuota quota)
    {
        lock (recordedToday)
        {
            Roll(period);
            if (left == 0 || householdsCounted >= quota.SubjectsPerDay)
            {
                return false;
            }

            left--;
            return true;
        }
    }

    /// <summary>How many admissions the next statement should reserve: a sixteenth of what remains of either quota, 1 to 64.</summary>
    public int NextSize(QuotaPeriod period, AgencyQuota quota)
    {
        lock (recordedToday)
        {
            Roll(period);
            var remaining = Math.Min(quota.RequestsPerMinute - requestsCounted, quota.SubjectsPerDay - householdsCounted);
            return Math.Clamp(remaining / ShareOfRemainder, 1, MostAdmissions);
        }
    }

    /// <summary>What a statement found: the minute's reservations after it, the day's households, and how many it granted (one is used at once).</summary>
    public void Granted(QuotaPeriod period, int granted, int requests, int households)
    {
        lock (recordedToday)
        {
            Roll(period);
            requestsCounted = Math.Max(requestsCounted, requests);
            householdsCounted = Math.Max(householdsCounted, households);
            left += Math.Max(0, granted - 1);
        }
    }

    /// <summary>The households of <paramref name="read"/> this node has not yet recorded today; they are noted as recorded.</summary>
    public string[] NotYetRecorded(QuotaPeriod period, IEnumerable<string> read)
    {
        lock (recordedToday)
        {
            Roll(period);
            return [.. read.Where(recordedToday.Add)];
        }
    }

    /// <summary>A record failed: its households are not counted, so the next request reading them tries again.</summary>
    public void Forget(IEnumerable<string> households)
    {
        lock (recordedToday)
        {
            recordedToday.ExceptWith(households);
        }
    }

    public void CountHouseholds(int added)
    {
        lock (recordedToday)
        {
            householdsCounted += added;
        }
    }

    private void Roll(QuotaPeriod period)
    {
        if (period.Minute != minute)
        {
            minute = period.Minute;
            left = 0;
            requestsCounted = 0;
        }

        if (period.Day != day)
        {
            day = period.Day;
            left = 0;
            householdsCounted = 0;
            recordedToday.Clear();
        }
    }
}
