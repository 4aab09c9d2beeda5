namespace GraphRegistry.Api.History;

public static class HistoryServiceCollectionExtensions
{
    public static IServiceCollection AddModificationHistory(this IServiceCollection services) => services.AddSingleton<ModificationLog>();
}
