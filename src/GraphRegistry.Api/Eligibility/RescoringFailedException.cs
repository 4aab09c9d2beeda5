namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// A rescoring run stopped by a failure in one of its stages (a row that cannot be read or
/// decrypted, a write refused). Says how far the run got and how to resume; names only the
/// failure's type, since a message about a row can quote its values.
/// </summary>
public sealed class RescoringFailedException(string runId, long scored, Exception failure)
    : Exception(
        $"Rescoring run {runId} stopped after {scored:N0} households were scored: {failure.GetBaseException().GetType().Name}. "
        + $"Batches already written are kept; fix the cause and run it again with --run {runId} to resume after them.",
        failure)
{
    public string RunId { get; } = runId;

    public long Scored { get; } = scored;
}
