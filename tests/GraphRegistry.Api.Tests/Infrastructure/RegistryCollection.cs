namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Tests that share one running registry (read-only use of the demo data).</summary>
[CollectionDefinition(Name)]
public sealed class RegistryCollection : ICollectionFixture<SharedRegistry>
{
    public const string Name = "registry";
}
