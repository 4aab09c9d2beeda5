namespace GraphRegistry.Api.Verification;

/// <summary>What a source says about one declared value.</summary>
public sealed record SourceFinding(string Field, string SubjectId, CheckResult Result);
