using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>How the configured connection string is completed before the registry uses it.</summary>
public sealed class RegistryDatabaseTests
{
    [Fact]
    public void PostgreSQL_connections_keep_repeated_statements_prepared_unless_the_string_says_otherwise()
    {
        var defaulted = new NpgsqlConnectionStringBuilder(Database("Host=db.example;Database=registry").ConnectionString);
        var chosen = new NpgsqlConnectionStringBuilder(Database("Host=db.example;Database=registry;Max Auto Prepare=8").ConnectionString);
        var off = new NpgsqlConnectionStringBuilder(Database("Host=db.example;Database=registry;maxautoprepare=0").ConnectionString);

        Assert.Equal(RegistryDatabase.AutoPreparedStatements, defaulted.MaxAutoPrepare);
        Assert.Equal(8, chosen.MaxAutoPrepare);
        Assert.Equal(0, off.MaxAutoPrepare);
    }

    [Fact]
    public void PostgreSQL_connections_go_back_to_the_pool_unreset_unless_the_string_says_otherwise()
    {
        var defaulted = new NpgsqlConnectionStringBuilder(Database("Host=db.example;Database=registry").ConnectionString);
        var chosen = new NpgsqlConnectionStringBuilder(Database("Host=db.example;Database=registry;No Reset On Close=false").ConnectionString);
        var compact = new NpgsqlConnectionStringBuilder(Database("Host=db.example;Database=registry;noresetonclose=false").ConnectionString);

        Assert.True(defaulted.NoResetOnClose);
        Assert.False(chosen.NoResetOnClose);
        Assert.False(compact.NoResetOnClose);
    }

    private static RegistryDatabase Database(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [RegistryDatabase.ProviderSetting] = "PostgreSQL",
            [RegistryDatabase.ConnectionStringSetting] = connectionString,
        }).Build();
        var options = Options.Create(new RegistryDataOptions());
        return new RegistryDatabase(configuration, options, new RegistryDataDirectory(options, new FixedHostEnvironment(Path.GetTempPath())));
    }
}
