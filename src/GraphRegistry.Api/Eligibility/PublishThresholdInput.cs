namespace GraphRegistry.Api.Eligibility;

public sealed record PublishThresholdInput(string Program, double Threshold, Comparator Comparator, DateOnly EffectiveFrom, Provenance Provenance, string SourceReference, IReadOnlyList<ExtraCriterion>? Criteria);
