using GraphRegistry.Api.DemoData;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>The plaintext of a registry's demo households, regenerated from the same seed.</summary>
public static class DemoPlaintext
{
    public static IReadOnlyList<DemoHousehold> Of(RegistryApplication registry) =>
        [.. new DemoHouseholdGenerator(RegistryApplication.DemoSeed, 0, 0).Generate(registry.DemoHouseholds)];
}
