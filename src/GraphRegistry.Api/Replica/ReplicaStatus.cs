namespace GraphRegistry.Api.Replica;

/// <summary>The read replica's state and, when it answered, how far behind the primary it was.</summary>
public sealed record ReplicaStatus(ReplicaState State, TimeSpan Lag)
{
    public static ReplicaStatus NotConfigured { get; } = new(ReplicaState.NotConfigured, TimeSpan.Zero);

    public static ReplicaStatus Unchecked { get; } = new(ReplicaState.Unchecked, TimeSpan.Zero);

    public static ReplicaStatus Unreachable { get; } = new(ReplicaState.Unreachable, TimeSpan.Zero);

    public static ReplicaStatus NotAStandby { get; } = new(ReplicaState.NotAStandby, TimeSpan.Zero);

    public bool ServesReads => State == ReplicaState.Serving;

    /// <summary>For readiness and logs: no host, port or password (readiness is unauthenticated).</summary>
    public string Describe(TimeSpan maxLag) => State switch
    {
        ReplicaState.NotConfigured => "No read replica is configured; every read goes to the primary.",
        ReplicaState.Unchecked => "The read replica has not been checked yet; agency reads go to the primary.",
        ReplicaState.Serving => $"Agency reads go to the read replica, {Lag.TotalMilliseconds:0} ms behind the primary.",
        ReplicaState.Lagging => $"The read replica is {Lag.TotalSeconds:0.0} s behind the primary, more than Registry:Replica:MaxLag ({maxLag.TotalSeconds:0.0} s); agency reads go to the primary.",
        ReplicaState.Unreachable => "The read replica does not answer; agency reads go to the primary.",
        ReplicaState.NotAStandby => "The read replica accepts writes (it is not a standby: promoted, or misconfigured); agency reads go to the primary.",
        _ => throw new ArgumentOutOfRangeException(nameof(State), State, null),
    };
}
