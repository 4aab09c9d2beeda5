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
}
