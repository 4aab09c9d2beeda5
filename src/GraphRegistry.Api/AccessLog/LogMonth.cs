using System.Globalization;

namespace GraphRegistry.Api.AccessLog;

/// <summary>A calendar month in UTC, as the log's partitions and month records name it (yyyy-MM).</summary>
public readonly record struct LogMonth(int Year, int Month)
{
    public DateTime Start => new(Year, Month, 1, 0, 0, 0, DateTimeKind.Utc);

    public DateTime End => Start.AddMonths(1);

    public LogMonth Next => Of(End);

    public static LogMonth Of(DateTime instant) => new(instant.Year, instant.Month);

    /// <summary>yyyy-MM from 2000-01 to 9998-12; anything else is null.</summary>
    public static LogMonth? Parse(string? text) =>
        text is { Length: 7 } && DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) && start.Year is >= 2000 and < 9999
            ? Of(start)
            : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
