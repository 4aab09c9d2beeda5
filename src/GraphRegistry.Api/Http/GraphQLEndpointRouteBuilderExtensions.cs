using GraphRegistry.Api.Http.GraphiQL;
using GraphRegistry.Api.Operations;

namespace GraphRegistry.Api.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    public const string Path = "/graphql";

    /// <summary>Maps /graphql (GraphQL over HTTP, GraphiQL for browsers) and the GraphiQL assets.</summary>
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (HttpContext http, GraphQLHttpHandler handler) => RegistryTelemetry.TraceAsync(http, handler.HandlePostAsync));
        endpoints.MapGet(Path, (HttpContext http, GraphQLHttpHandler handler) => RegistryTelemetry.TraceAsync(http, handler.HandleGetAsync));
        endpoints.MapMethods(Path, ["PUT", "PATCH", "DELETE"], (HttpContext http, GraphQLHttpHandler handler) => handler.RefuseMethodAsync(http));
        endpoints.MapGet($"{Path}/assets/{{file}}", (HttpContext http, IHostEnvironment environment, string file) =>
            environment.IsDevelopment() ? GraphiQLAssets.ServeAsync(http, file) : Results.NotFound().ExecuteAsync(http));
        return endpoints;
    }

    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<RequestAuthenticator>();
        services.AddSingleton<BoundedExecution>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
