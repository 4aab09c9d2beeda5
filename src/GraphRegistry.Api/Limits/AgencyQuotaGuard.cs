using System.Collections.Concurrent;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Limits;

/// <summary>
/// Counts each agency's requests per clock minute and the distinct households it read per UTC day,
/// on this node. The request that reaches the household quota completes; the next one is refused
/// until the day ends. Counting on the registry's clock lets tests move time instead of waiting.
/// </summary>
public sealed class AgencyQuotaGuard(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Usage> usage = new(StringComparer.Ordinal);

    /// <summary>Counts the request; a refusal when the agency is over either quota.</summary>
    public QuotaRefusal? TryAdmit(string agency, AgencyQuota quota)
    {
        var now = clock.GetUtcNow();
        var entry = usage.GetOrAdd(agency, _ => new Usage());
        lock (entry)
        {
            entry.Roll(now);
            if (entry.Subjects.Count >= quota.SubjectsPerDay)
            {
                return new QuotaRefusal(ErrorCodes.SubjectQuotaExceeded, $"The agency read {quota.SubjectsPerDay} distinct households today, its daily quota.", entry.Day.AddDays(1) - now);
            }

            if (++entry.Requests > quota.RequestsPerMinute)
            {
                return new QuotaRefusal(ErrorCodes.RateLimited, $"The agency sent more than {quota.RequestsPerMinute} requests this minute.", entry.Minute.AddMinutes(1) - now);
            }
        }

        return null;
    }

    /// <summary>Adds the households a request read to the agency's count for the day.</summary>
    public void RecordSubjects(string agency, IEnumerable<string> subjects)
    {
        var entry = usage.GetOrAdd(agency, _ => new Usage());
        lock (entry)
        {
            entry.Roll(clock.GetUtcNow());
            entry.Subjects.UnionWith(subjects);
        }
    }

    private sealed class Usage
    {
        public DateTimeOffset Minute { get; private set; }

        public DateTimeOffset Day { get; private set; }

        public int Requests { get; set; }

        public HashSet<string> Subjects { get; } = new(StringComparer.Ordinal);

        public void Roll(DateTimeOffset now)
        {
            var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
            if (minute != Minute)
            {
                Minute = minute;
                Requests = 0;
            }

            if (minute.Date != Day.Date)
            {
                Day = new DateTimeOffset(minute.Date, TimeSpan.Zero);
                Subjects.Clear();
            }
        }
    }
}
