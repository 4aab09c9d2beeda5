namespace GraphRegistry.Api.AccessLog;

public sealed class AccessLogOptions
{
    public const string Section = "Registry:AccessLog";

    /// <summary>
    /// Off only to measure what logging costs (Development only; start-up refuses it elsewhere).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most entries committed in one transaction.</summary>
    public int MaxBatch { get; set; } = 256;

    /// <summary>
    /// Shortest time between the starts of two commits. Under load, entries that arrive meanwhile
    /// share the next commit and its fsync; a lone request after a quiet spell commits at once.
    /// </summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromMilliseconds(2);
}
