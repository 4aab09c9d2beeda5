namespace GraphRegistry.Api.Eligibility;

public sealed record PublishScoreModelInput(string Document, string SourceReference);
