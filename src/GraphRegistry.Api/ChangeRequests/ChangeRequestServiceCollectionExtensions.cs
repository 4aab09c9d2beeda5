namespace GraphRegistry.Api.ChangeRequests;

public static class ChangeRequestServiceCollectionExtensions
{
    public static IServiceCollection AddChangeRequests(this IServiceCollection services) => services.AddSingleton<ChangeRequestService>();
}
