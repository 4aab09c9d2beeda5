namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>
/// A versioned proxy-means-test model: per milieu a constant, a regional adjustment and one
/// coefficient per variable of <see cref="ScoreVariables"/>. Loaded from a file, never hard-coded.
/// </summary>
public sealed record ScoreModel(string Version, string Provenance, string Note, IReadOnlyDictionary<string, ScoreModelVariant> Variants);
