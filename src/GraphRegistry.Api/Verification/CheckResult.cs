namespace GraphRegistry.Api.Verification;

public enum CheckResult
{
    Match,
    Mismatch,

    /// <summary>The source did not answer in time or failed: nothing is known either way.</summary>
    Unavailable,
}
