using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>
/// A wrong store setting stops the registry process before anything is created: a message naming
/// the setting (never the password), a non-zero exit code, and no database file left behind.
/// </summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [Theory]
    [InlineData("Oracle", null, "Registry:Database:Provider is 'Oracle'")]
    [InlineData("PostgreSQL", null, "ConnectionStrings:Registry is not set")]
    [InlineData("PostgreSQL", "Host=127.0.0.1;Port={closed};Database=registry;Username=registry;Password=Secret-Pa55word;Timeout=5", "cannot reach its database")]
    [InlineData("PostgreSQL", "Host=127.0.0.1;Port=5432;Password=Secret-Pa55word;Flavour=vanilla", "ConnectionStrings:Registry is not a valid connection string")]
    public async Task A_wrong_provider_or_unreachable_database_stops_start_up_naming_the_setting(string provider, string? connectionString, string message)
    {
        var environment = new Dictionary<string, string>
        {
            ["Registry__DataDirectory"] = dataDirectory,
            ["Registry__DemoHouseholds"] = "5",
            ["Registry__Database__Provider"] = provider,
        };
        if (connectionString is not null)
        {
            environment["ConnectionStrings__Registry"] = connectionString.Replace("{closed}", RegistryProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var (exitCode, output) = await RegistryProcess.RunAsync(environment);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains("Start-up stopped; nothing was changed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Pa55word", output, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories));
    }

    [SkippableFact]
    public async Task Outside_development_a_missing_postgresql_database_is_not_created()
    {
        Skip.If(TestDatabase.Server is null, $"needs a PostgreSQL server: {TestDatabase.ServerVariable} (see .ci/postgres.sh)");
        var certificate = Path.Combine(dataDirectory, "..", Path.GetFileName(dataDirectory) + ".pfx");
        KeyRingCertificate.Write(certificate, "pfx");

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Registry__DataDirectory"] = dataDirectory,
            ["Registry__Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Registry"] = TestDatabase.ConnectionStringFor(dataDirectory),
            ["Registry__Keys__CertificatePath"] = certificate,
            ["Registry__Keys__CertificatePassword"] = "pfx",
            ["Authentication__Jwt__Issuer"] = "https://id.registry.example/",
            ["Authentication__Jwt__Audience"] = "graphregistry",
            ["Authentication__Jwt__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };

        var (exitCode, output) = await RegistryProcess.RunAsync(environment);
        File.Delete(certificate);

        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist (ConnectionStrings:Registry)", output, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
        await using var server = new Npgsql.NpgsqlConnection(TestDatabase.RequireServer());
        await server.OpenAsync();
        await using var exists = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", server);
        exists.Parameters.AddWithValue("name", new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(dataDirectory)).Database!);
        Assert.Equal(0L, (long)(await exists.ExecuteScalarAsync())!);
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);
}
