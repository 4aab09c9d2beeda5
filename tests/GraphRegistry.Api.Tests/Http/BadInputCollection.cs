namespace GraphRegistry.Api.Tests.Http;

/// <summary>The bad-input matrix runs alone: its memory check must not count what parallel tests hold.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BadInputCollection : ICollectionFixture<BadInputRegistry>
{
    public const string Name = "bad input";
}
