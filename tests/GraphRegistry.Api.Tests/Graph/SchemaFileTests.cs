using GraphQL;
using GraphQL.Utilities;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Graph;

/// <summary>
/// schema/registry.graphql is the reviewed SDL: any change to the running schema fails here until
/// the file is updated on purpose (<c>UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests</c>).
/// The file is compared in place rather than through Snapshooter, which would keep its copy in a
/// __snapshots__ folder instead of the path the product names.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class SchemaFileTests(SharedRegistry registry)
{
    [Fact]
    public void The_running_schema_matches_schema_registry_graphql()
    {
        var schema = registry.Service<RegistrySchema>();
        schema.Initialize();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";

        SchemaFile.AssertMatches(Path.Combine(RepositoryPaths.Schema, "registry.graphql"), printed);
    }
}
