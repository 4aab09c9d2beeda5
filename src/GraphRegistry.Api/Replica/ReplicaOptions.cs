namespace GraphRegistry.Api.Replica;

/// <summary>Registry:Replica: how far behind the primary the read replica may be and still serve agency reads.</summary>
public sealed class ReplicaOptions
{
    public const string Section = "Registry:Replica";

    /// <summary>
    /// Agency reads leave the replica once it has not replayed what the primary had written this
    /// long ago. Measured from primary positions sampled every <see cref="CheckInterval"/>, so the
    /// replica may be up to MaxLag + CheckInterval behind before reads move.
    /// </summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the replica's replay position is compared with the primary's, and a replica that was down is tried again.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(1);
}
