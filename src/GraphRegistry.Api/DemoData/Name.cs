namespace GraphRegistry.Api.DemoData;

/// <summary>A name as the civil registry writes it in both scripts.</summary>
public sealed record Name(string Latin, string Arabic);
