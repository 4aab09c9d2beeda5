using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The singleton schema, its graph types, the per-request batch loaders and the document cache.</summary>
    public static IServiceCollection AddRegistryGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));
        services.AddSingleton(typeof(EnumerationGraphType<>));
        services.AddSingleton<ParsedDocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ParsedDocumentCache>());
        services.AddGraphQL(graph => graph
            .AddSchema<RegistrySchema>()
            .AddGraphTypes(typeof(RegistrySchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            .AddErrorInfoProvider<RegistryErrorInfoProvider>()
            .UseMiddleware<AccessLog.AccessRecordingMiddleware>()
            .AddDocumentListener<Replica.MutationsReadThePrimary>()
            .AddUnhandledExceptionHandler(context => LogUnhandled(context)));

        services.AddScoped<HouseholdByIdLoader>();
        services.AddScoped<MembersByHouseholdLoader>();
        services.AddScoped<MemberCountByHouseholdLoader>();
        services.AddScoped<CurrentMembershipByPersonLoader>();
        services.AddScoped<DeclarationsByHouseholdLoader>();
        return services;
    }

    // Exception messages can quote data, so only the type and the field path reach the log.
    private static void LogUnhandled(UnhandledExceptionContext context)
    {
        var logger = context.Context?.RequestServices?.GetService<ILogger<RegistrySchema>>();
        logger?.LogError("Resolver failed with {ExceptionType} at {Path}", context.OriginalException.GetType().Name, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)");
    }
}
