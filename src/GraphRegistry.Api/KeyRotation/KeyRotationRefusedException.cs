namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// rotate-keys cannot start or go on (another run holds the lock, an unknown run, values left under
/// an old key). The message names the cause and what to do; it quotes no personal value.
/// </summary>
public sealed class KeyRotationRefusedException(string message) : Exception(message);
