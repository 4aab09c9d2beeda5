namespace GraphRegistry.Api.Eligibility;

/// <summary>One household's new score row and the decision rows that cite it, their values as the database stores them; not yet written.</summary>
public sealed record HouseholdRows(long HouseholdId, object?[] Score, IReadOnlyList<object?[]> Decisions);
