namespace GraphRegistry.Api.Statistics;

/// <summary>How many distinct questions an analyst has asked on a day: one row, raised by one atomic update, so nodes sharing the database share the budget.</summary>
public sealed class AnalystBudget
{
    public required string Analyst { get; set; }

    public required string Day { get; set; }

    public int Used { get; set; }
}
