using GraphQL;
using GraphQL.Introspection;
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

        // What graphql-js's getIntrospectionQuery asks with directiveIsRepeatable and
        // inputValueDeprecation (GraphiQL and code generators turn them on): without the engine's
        // features, the standard query is refused for isRepeatable and includeDeprecated.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        switch (graphType)
        {
            // specifiedByUrl asks each type's specifiedByURL (GraphQL spec, October 2021), which this
            // engine version lacks; none of the registry's scalars points to a specification.
            case __Type type when !type.HasField("specifiedByURL"):
                type.Field<StringGraphType>("specifiedByURL").Description("A URL to the specification of a custom scalar; null for every type here.").Resolve(_ => null);
                break;

            // inputValueDeprecation asks directives' args(includeDeprecated: true) too; directive
            // arguments are never deprecated here, so the flag changes nothing but is accepted.
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null:
                (args.Arguments ??= []).Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                break;

            // The engine multiplies what __schema's types and directives select by the count of
            // every type and directive (18,000 for graphql-js's standard query, over an agency's
            // limit of 5,000). Introspection reads the schema, not the database: one __schema is
            // bounded by the schema itself, so each field counts once; Limits:MaxIntrospections
            // refuses it asked over and over (see LimitRules).
            case __Schema introspection:
                foreach (var field in introspection.Fields.Where(f => f.Name is "types" or "directives"))
                {
                    field.WithComplexityImpact(1, 1);
                }

                break;
        }
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
