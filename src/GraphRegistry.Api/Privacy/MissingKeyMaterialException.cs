using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Raised at start-up when the database holds encrypted records but the keys that read them are
/// gone. Minting fresh keys would orphan every record, so the registry refuses to start instead.
/// </summary>
public sealed class MissingKeyMaterialException(string message) : RegistryStartupException(message);
