using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Graph;

public sealed class RegistrySchema : Schema
{
    public RegistrySchema(IServiceProvider services, RegistryQuery query, RegistryMutation mutation)
        : base(services)
    {
        Description = "GraphRegistry: the national direct social registry. Every personal field is encrypted at rest.";
        Query = query;
        Mutation = mutation;
        Filter = new AccessSchemaFilter(this);
    }
}
