using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Data;

/// <summary>
/// Brings the registry to a servable state at start-up: keys checked against data first (so a
/// lost key ring stops everything before anything changes), then migrations, WAL, demo data.
/// </summary>
public sealed class RegistryDatabaseInitializer(
    RegistryDataDirectory dataDirectory,
    KeyMaterialGuard keyGuard,
    RegistryDbContext db,
    DemoDataSeeder seeder,
    AgencyPolicySeeder agencies,
    BulkRescorer rescorer,
    IOptions<RegistryDataOptions> options,
    ILogger<RegistryDatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken, bool createDemoData = true)
    {
        Directory.CreateDirectory(dataDirectory.FullPath);
        await keyGuard.EnsureKeysMatchDataAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets readers proceed while a writer commits; the setting persists in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        await agencies.SeedAsync(db, cancellationToken);
        await ProgramSeeder.SeedAsync(db, cancellationToken);

        var demoHouseholds = options.Value.DemoHouseholds;
        if (createDemoData && demoHouseholds > 0 && !await db.Households.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Empty registry: creating {Count} demo households", demoHouseholds);
            await seeder.SeedAsync(demoHouseholds, progress: null, cancellationToken);
            await rescorer.RescoreAsync("initial", ScoreTrigger.Initial, batchSize: 500, progress: null, cancellationToken);
        }
    }
}
