namespace GraphRegistry.Api.Statistics;

/// <summary>One count of a table, or null when disclosure control hides it.</summary>
public sealed record StatisticCell(IReadOnlyList<string> Keys, long? Count);
