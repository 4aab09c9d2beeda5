using GraphQL.Types;

namespace GraphRegistry.Api.Graph;

public sealed class RegistrySchema : Schema
{
    public RegistrySchema(IServiceProvider services, RegistryQuery query)
        : base(services)
    {
        Description = "GraphRegistry: the national direct social registry. Every personal field is encrypted at rest.";
        Query = query;
    }
}
