namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// One access to a citizen's data, told in plain words (who, when, why, what), with the codes the
/// words come from so that a page can say them in its own language.
/// </summary>
public sealed record CitizenAccess(
    long Sequence,
    DateTime OccurredAt,
    string Who,
    string? Why,
    IReadOnlyList<CitizenAccessField> Fields,
    AccessOutcome Outcome,
    string PrincipalKind,
    string? AgencyCode,
    string? Purpose)
{
    public IReadOnlyList<string> What => [.. Fields.Select(FieldLabels.Describe)];
}
