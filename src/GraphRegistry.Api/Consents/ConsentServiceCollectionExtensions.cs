namespace GraphRegistry.Api.Consents;

public static class ConsentServiceCollectionExtensions
{
    public static IServiceCollection AddConsents(this IServiceCollection services) => services.AddSingleton<ConsentService>();
}
