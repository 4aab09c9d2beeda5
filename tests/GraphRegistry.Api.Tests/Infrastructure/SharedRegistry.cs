namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>One registry of 60 demo households shared by the read-only tests of <see cref="RegistryCollection"/>.</summary>
public sealed class SharedRegistry() : RegistryApplication(CreateDataDirectory(), Households, ownsDirectory: true, "Development")
{
    public const int Households = 60;
}
