using System.Net;
using GraphRegistry.Api.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// The registry hosted in-process over real HTTP, on a real SQLite file in a temporary data
/// directory (or its own database on a real PostgreSQL server, see <see cref="TestDatabase"/>)
/// with its own key ring, seeded with deterministic demo households.
/// </summary>
public class RegistryApplication : WebApplicationFactory<Program>
{
    public const int DemoSeed = 4242;

    private readonly bool ownsDirectory;
    private readonly HostStartGate startGate = new();

    public RegistryApplication(string dataDirectory, int demoHouseholds, bool ownsDirectory, string environment, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        Clock = clock;
        Settings = settings ?? new Dictionary<string, string>();
        DataDirectory = dataDirectory;
        DemoHouseholds = demoHouseholds;
        Environment = environment;
        this.ownsDirectory = ownsDirectory;
        TestDatabase.Provision(dataDirectory);
    }

    public string DataDirectory { get; }

    public int DemoHouseholds { get; }

    public string Environment { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The registry's clock when a test injects one (consent expiry is tested by moving it, never by sleeping).</summary>
    public TimeProvider? Clock { get; }

    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>When set, receives every log line at every level (slower: for the tests that search the logs).</summary>
    public LogCapture? Logs { get; init; }

    public string DatabaseFile => Path.Combine(DataDirectory, "registry.db");

    public static string CreateDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "graphregistry-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>An HTTP client signed in as <paramref name="principal"/> with a token from the registry's signing key.</summary>
    public HttpClient CreateClient(RegistryPrincipal principal, TimeSpan? lifetime = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(principal, lifetime));
        return client;
    }

    public string Token(RegistryPrincipal principal, TimeSpan? lifetime = null) =>
        Service<DevelopmentTokenIssuer>().Mint(principal, lifetime);

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Serves on a real loopback port the system picks, for a browser outside the process, and
    /// returns its address. The port is set here because <see cref="CreateHost"/> replaces the
    /// factory's own, which is where <c>UseKestrel(0)</c> would have been honoured: without it
    /// Kestrel falls back to port 5000, and two browser tests running at once collide there.
    /// </summary>
    public string StartOnLoopbackPort()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Registry:DataDirectory", DataDirectory);
        builder.UseSetting("Registry:DemoHouseholds", DemoHouseholds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Registry:DemoSeed", DemoSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in TestDatabase.SettingsFor(DataDirectory).Concat(Settings))
        {
            builder.UseSetting(key, value);
        }

        if (Logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        }

        builder.ConfigureServices(services =>
        {
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(startGate));
            services.AddSingleton<IInterceptor>(SqlCommands);
            if (Clock is not null)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    /// <summary>As the factory's own, but the registry's start waits until the factory listens for its outcome (see <see cref="HostStartGate"/>).</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = builder.Build();
        Task started;
        try
        {
            // Runs synchronously up to waiting for the start: by then the factory holds the host's lifetime.
            started = host.StartAsync();
        }
        finally
        {
            startGate.Open();
        }

        started.GetAwaiter().GetResult();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && ownsDirectory)
        {
            TestDatabase.Drop(DataDirectory);
            TemporaryDirectory.Delete(DataDirectory);
        }
    }
}
