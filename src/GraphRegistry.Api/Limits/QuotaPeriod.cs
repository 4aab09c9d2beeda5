namespace GraphRegistry.Api.Limits;

/// <summary>
/// The clock minute and UTC day a quota counts in, taken from the registry's clock (tests move it
/// instead of waiting) and given to the database as values, never read from the server's clock.
/// </summary>
public readonly record struct QuotaPeriod(DateTimeOffset Now)
{
    public DateTimeOffset Minute => new(Now.Year, Now.Month, Now.Day, Now.Hour, Now.Minute, 0, TimeSpan.Zero);

    public DateOnly Day => DateOnly.FromDateTime(Now.UtcDateTime);

    public TimeSpan UntilNextMinute => Minute.AddMinutes(1) - Now;

    public TimeSpan UntilNextDay => new DateTimeOffset(Day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - Now;

    public static QuotaPeriod At(TimeProvider clock) => new(clock.GetUtcNow().ToUniversalTime());
}
