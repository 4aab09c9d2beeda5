namespace GraphRegistry.Api.TrustedDocuments;

public static class TrustedDocumentServiceCollectionExtensions
{
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services)
    {
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<DocumentReview>();
        services.AddSingleton<PersistedRequestResolver>();
        return services;
    }
}
