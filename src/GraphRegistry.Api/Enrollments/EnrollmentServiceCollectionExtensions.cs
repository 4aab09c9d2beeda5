namespace GraphRegistry.Api.Enrollments;

public static class EnrollmentServiceCollectionExtensions
{
    public static IServiceCollection AddEnrollments(this IServiceCollection services) => services
        .AddSingleton<EnrollmentRecorder>()
        .AddScoped<EnrollmentsByHouseholdLoader>();
}
