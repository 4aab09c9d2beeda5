namespace GraphRegistry.Api.Commands;

/// <summary>A command that only reads found the registry not made yet, or still being made: its message says which and what to do.</summary>
internal sealed class RegistryNotReadyException(string message) : Exception(message);
