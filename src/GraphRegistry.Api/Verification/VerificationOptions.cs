namespace GraphRegistry.Api.Verification;

public sealed class VerificationOptions
{
    public const string Section = "Registry:Verification";

    /// <summary>How long one source may take before its checks are recorded UNAVAILABLE.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Delay added to an in-process source, by source name (e.g. <c>Utilities</c>): development and
    /// tests use it to act out a slow or unreachable administration.
    /// </summary>
    public Dictionary<string, TimeSpan> SimulatedLatency { get; set; } = [];
}
