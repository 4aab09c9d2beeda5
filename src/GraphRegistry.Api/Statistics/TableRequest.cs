namespace GraphRegistry.Api.Statistics;

/// <summary>What an analyst asked: one or two dimensions (by name), households or persons, and the programme that eligibility dimensions refer to.</summary>
public sealed record TableRequest(IReadOnlyList<string> Dimensions, string Unit, string? Program);
