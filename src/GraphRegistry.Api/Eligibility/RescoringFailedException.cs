using System.Threading.Channels;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// A rescoring run that stopped on a failure in one of its stages (a row that cannot be read or
/// decrypted, a write refused) or that cannot resume. Says how far the run got and what to do.
/// Failures are named by type, with where they were thrown, and no inner exception is kept: a
/// message about a row can quote its values.
/// </summary>
public sealed class RescoringFailedException : Exception
{
    private RescoringFailedException(string runId, long scored, string message, IReadOnlyList<string> failureTypes, string? failureStackTrace)
        : base(message)
    {
        RunId = runId;
        Scored = scored;
        FailureTypes = failureTypes;
        FailureStackTrace = failureStackTrace;
    }

    public string RunId { get; }

    /// <summary>Households scored in the run, earlier attempts of the same run included.</summary>
    public long Scored { get; }

    /// <summary>The distinct types of what failed, parallel scoring's several failures flattened.</summary>
    public IReadOnlyList<string> FailureTypes { get; }

    /// <summary>Where the (first) failure was thrown: method names and lines, no values.</summary>
    public string? FailureStackTrace { get; }

    public static RescoringFailedException Stopped(string runId, long scored, Exception failure)
    {
        var causes = Causes(failure);
        var types = causes.Select(cause => cause.GetType().Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new RescoringFailedException(
            runId,
            scored,
            $"Rescoring run {runId} stopped after {scored:N0} households were scored: {string.Join(", ", types)}. "
            + $"Batches already written are kept; fix the cause and run it again with --run {runId} to resume after them.",
            types,
            causes[0].StackTrace);
    }

    // Parallel scoring reports its failures together, a queue may carry one wrapped: what failed is inside.
    private static List<Exception> Causes(Exception failure) => failure switch
    {
        AggregateException aggregate => [.. aggregate.Flatten().InnerExceptions.SelectMany(Causes)],
        ChannelClosedException { InnerException: { } inner } => Causes(inner),
        _ => [failure],
    };

    public static RescoringFailedException CannotResume(string runId, long scored, string reason) =>
        new(runId, scored, $"Rescoring run {runId} cannot resume: {reason}", [], null);
}
