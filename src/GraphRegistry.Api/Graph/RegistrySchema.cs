using GraphQL;
using GraphQL.Resolvers;
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

    protected override void Validate()
    {
        base.Validate();

        // The engine's __type(name:) answers from every type of the schema, past the filter that
        // cuts __schema down to the principal's view: an agency could look up each type outside its
        // schema by name. Through the filter, a type the principal cannot see is as absent as one
        // that does not exist.
        TypeMetaFieldType.Resolver = new FuncFieldResolver<IGraphType>(async context =>
            context.Schema.AllTypes[context.GetArgument<string>("name")!] is { } type && await context.Schema.Filter.AllowType(type) ? type : null);
    }
}
