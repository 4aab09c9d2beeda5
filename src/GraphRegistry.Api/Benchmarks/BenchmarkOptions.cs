namespace GraphRegistry.Api.Benchmarks;

/// <summary>Switches that exist only to measure what the registry's guarantees cost (Development only).</summary>
public sealed class BenchmarkOptions
{
    public const string Section = "Registry:Benchmarks";

    /// <summary>
    /// Off: requests still pass the endpoint, the token check and the resolvers, but skip the field
    /// authorization and purpose rules, row scope, consent and legal-basis checks, decryption and
    /// the access log, so a benchmark can compare the same lookup with and without them.
    /// </summary>
    public bool PrivacyPipeline { get; set; } = true;
}
