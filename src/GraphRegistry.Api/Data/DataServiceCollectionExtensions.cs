using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphRegistry.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Contexts kept for reuse; more may be in use at once (each extra one is made and disposed).</summary>
    public const int PooledContexts = 64;

    /// <summary>The registry database: EF Core on SQLite or PostgreSQL, pooled contexts, migrations at start-up.</summary>
    public static IServiceCollection AddRegistryData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegistryDataOptions>(configuration.GetSection(RegistryDataOptions.Section));
        services.AddSingleton<RegistryDataDirectory>();
        services.AddSingleton<RegistryDatabase>();
        services.AddSingleton<PersonalDataPresence>();

        // Collections (batch keys, consent categories) reach the database as one array parameter,
        // so a query's SQL is the same whatever the number of values: EF generates it once rather
        // than on every execution (profiled as the largest EF cost of an agency lookup).
        // Decided while the services are registered, because the context type (and with it the
        // migrations) depends on it; a wrong setting stops here, naming it.
        if (RegistryDatabase.CheckSettings(configuration) == DatabaseProvider.PostgreSql)
        {
            services.AddRegistryContext<PostgreSqlRegistryDbContext>((options, database) => options.UseRegistryPostgreSql(database.ConnectionString));
        }
        else
        {
            // Each pooled context keeps its connection open, and each connection the statements it
            // has compiled (see SqliteStatementCache).
            services.AddSingleton<IInterceptor, SqliteStatementCache>();
            services.AddRegistryContext<SqliteRegistryDbContext>((options, database) => options
                .UseSqlite(database.ConnectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .KeepSqliteConnectionsOpen());
        }

        services.AddScoped<RegistryDatabaseInitializer>();
        services.AddHostedService<RegistryStartup>();
        return services;
    }

    /// <summary>EF Core on a PostgreSQL server as the registry reads it: the primary, or a replica of it.</summary>
    public static DbContextOptionsBuilder UseRegistryPostgreSql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));

    private static void AddRegistryContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder, RegistryDatabase> useProvider)
        where TContext : RegistryDbContext
    {
        // Resolvers run in parallel, so each batch load takes its own short-lived context from the
        // pool. On SQLite a pooled context keeps an open connection with its own page cache: the
        // pool keeps at most PooledContexts of them, and a context beyond that closes its connection
        // when disposed.
        services.AddPooledDbContextFactory<TContext>((provider, options) =>
        {
            useProvider(options, provider.GetRequiredService<RegistryDatabase>());
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        }, PooledContexts);
        services.AddSingleton<IDbContextFactory<RegistryDbContext>, RegistryDbContextFactory<TContext>>();
        services.AddScoped<RegistryDbContext>(provider => provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }
}
