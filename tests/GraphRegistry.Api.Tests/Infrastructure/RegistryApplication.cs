using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// The registry hosted in-process over real HTTP, on a real SQLite file in a temporary data
/// directory with its own key ring, seeded with deterministic demo households.
/// </summary>
public class RegistryApplication : WebApplicationFactory<Program>
{
    public const int DemoSeed = 4242;

    private readonly bool ownsDirectory;

    public RegistryApplication(string dataDirectory, int demoHouseholds, bool ownsDirectory, string environment)
    {
        DataDirectory = dataDirectory;
        DemoHouseholds = demoHouseholds;
        Environment = environment;
        this.ownsDirectory = ownsDirectory;
    }

    public string DataDirectory { get; }

    public int DemoHouseholds { get; }

    public string Environment { get; }

    public SqlCommandCounter SqlCommands { get; } = new();

    public string DatabaseFile => Path.Combine(DataDirectory, "registry.db");

    public static string CreateDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "graphregistry-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Registry:DataDirectory", DataDirectory);
        builder.UseSetting("Registry:DemoHouseholds", DemoHouseholds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Registry:DemoSeed", DemoSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && ownsDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
