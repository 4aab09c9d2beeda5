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
            environment["ConnectionStrings__Registry"] = connectionString.Replace("{closed}", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var (exitCode, output) = await RegistryProcess.RunAsync(environment);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains("Start-up stopped; nothing was changed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Pa55word", output, StringComparison.Ordinal);
        Assert.EndsWith("Start-up stopped; nothing was changed.", output.TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    // A port that was free a moment ago: nothing listens there.
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
