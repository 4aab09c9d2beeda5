namespace GraphRegistry.Api.Data;

public sealed class RegistryDataOptions
{
    public const string Section = "Registry";

    /// <summary>Folder for the SQLite file and development key material; relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite file name inside the data directory, used when no connection string is configured.</summary>
    public string DatabaseFile { get; set; } = "registry.db";

    /// <summary>Demo households created on first start when the registry is empty; 0 for none.</summary>
    public int DemoHouseholds { get; set; }

    /// <summary>Seed of the demo generator: the same seed gives the same households.</summary>
    public int DemoSeed { get; set; } = 20_250_101;
}
