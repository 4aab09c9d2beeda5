namespace GraphRegistry.Api.Data;

/// <summary>
/// Start-up refused for a reason the operator must fix (a setting, an unreachable database,
/// missing keys). Its message names what to fix and says nothing was changed; the process prints
/// it and exits non-zero instead of a stack trace.
/// </summary>
public class RegistryStartupException(string message, Exception? inner = null) : Exception(message, inner);
