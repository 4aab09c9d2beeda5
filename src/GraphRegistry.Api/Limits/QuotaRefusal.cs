using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Limits;

/// <summary>Why an agency's request is refused by its quota (or by the store that counts it), and when it may try again.</summary>
public sealed record QuotaRefusal(int StatusCode, string Code, string Message, TimeSpan RetryAfter)
{
    // Long enough for a restarted database or a failover, short enough that clients come back soon.
    private static readonly TimeSpan StoreRetry = TimeSpan.FromSeconds(5);

    public static QuotaRefusal Households(AgencyQuota quota, QuotaPeriod period) =>
        new(StatusCodes.Status429TooManyRequests, ErrorCodes.SubjectQuotaExceeded, $"The agency read {quota.SubjectsPerDay} distinct households today, its daily quota.", period.UntilNextDay);

    public static QuotaRefusal Requests(AgencyQuota quota, QuotaPeriod period) =>
        new(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, $"The agency sent more than {quota.RequestsPerMinute} requests this minute.", period.UntilNextMinute);

    public static QuotaRefusal StoreUnavailable { get; } =
        new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.QuotaUnavailable, "The registry cannot count this request against the agency's quota, so it is refused and no data is returned. Try again later.", StoreRetry);

    /// <summary>The Retry-After header's value: whole seconds, at least one.</summary>
    public string RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
