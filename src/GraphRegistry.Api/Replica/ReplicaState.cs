namespace GraphRegistry.Api.Replica;

/// <summary>What the last check found of the read replica; only <see cref="Serving"/> takes agency reads.</summary>
public enum ReplicaState
{
    /// <summary>No replica is configured: every read goes to the primary.</summary>
    NotConfigured,

    /// <summary>Configured, not yet checked.</summary>
    Unchecked,

    /// <summary>A standby within Registry:Replica:MaxLag of the primary: agency reads go to it.</summary>
    Serving,

    /// <summary>Further behind than Registry:Replica:MaxLag.</summary>
    Lagging,

    /// <summary>It did not answer, or a read on it failed.</summary>
    Unreachable,

    /// <summary>It accepts writes: a primary (a standby promoted, or a wrong connection string).</summary>
    NotAStandby,
}
