using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.DemoData;

/// <summary>
/// Writes synthetic households in batches, each batch in its own context and transaction so
/// memory stays flat however many households are asked for.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<RegistryDbContext> contexts,
    DemoHouseholdWriter writer,
    IOptions<RegistryDataOptions> options)
{
    private const int BatchSize = 500;

    public async Task<int> SeedAsync(int households, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        long firstHousehold, firstPerson;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            firstHousehold = await db.Households.LongCountAsync(cancellationToken);
            firstPerson = await db.Persons.LongCountAsync(cancellationToken);
        }

        var generator = new DemoHouseholdGenerator(options.Value.DemoSeed, firstHousehold, firstPerson);
        var written = 0;
        foreach (var batch in generator.Generate(households).Chunk(BatchSize))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Households.AddRange(batch.Select(writer.ToEntity));
            await db.SaveChangesAsync(cancellationToken);
            written += batch.Length;
            progress?.Report(written);
        }

        return written;
    }
}
