namespace GraphRegistry.Api.Privacy;

/// <summary>The 32-byte secrets kept beside the key ring, each stored on its own.</summary>
public enum KeySecret
{
    /// <summary>The blind-index key in force: identifiers are indexed and looked up under it.</summary>
    BlindIndex,

    /// <summary>Only while <c>rotate-keys --blind-index</c> runs: new index values are written under it, lookups try it after the key in force.</summary>
    NextBlindIndex,

    /// <summary>Keys the access log's hash chain; never rotated with the blind-index key, so every period stays verifiable.</summary>
    AccessLogChain,

    /// <summary>Keys agencies' pseudonyms; kept across blind-index rotations.</summary>
    Pseudonym,
}
