using GraphRegistry.Api.Data;
using GraphRegistry.Api.Households;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.DemoData;

/// <summary>
/// Writes synthetic households in batches, each batch in its own context and transaction so
/// memory stays flat however many households are asked for. Encryption (about forty values per
/// household) is most of the work: both cores share it, while the previous batch is written.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<RegistryDbContext> contexts,
    DemoHouseholdWriter writer,
    IOptions<RegistryDataOptions> options)
{
    private const int BatchSize = 1000;

    public async Task<int> SeedAsync(int households, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        long firstHousehold, firstPerson;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            firstHousehold = await db.Households.LongCountAsync(cancellationToken);
            firstPerson = await db.Persons.LongCountAsync(cancellationToken);
        }

        // The generator stays sequential: the same seed must give the same households in the same order.
        var generator = new DemoHouseholdGenerator(options.Value.DemoSeed, firstHousehold, firstPerson);
        var written = 0;
        Task<int>? writing = null;
        try
        {
            foreach (var batch in generator.Generate(households).Chunk(BatchSize))
            {
                var entities = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(writer.ToEntity).ToArray();
                if (writing is not null)
                {
                    written += await writing;
                    writing = null;
                    progress?.Report(written);
                }

                // SQLite's "async" calls complete synchronously: the write gets a thread of its own,
                // started only after the previous batch committed, so keys follow generation order.
                writing = Task.Run(() => InsertAsync(entities, cancellationToken), cancellationToken);
            }

            if (writing is not null)
            {
                written += await writing;
                writing = null;
                progress?.Report(written);
            }
        }
        finally
        {
            // A failure while encrypting the next batch must not leave the last write running unobserved.
            if (writing is not null)
            {
                await writing;
            }
        }

        return written;
    }

    private async Task<int> InsertAsync(Household[] batch, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await DemoHouseholdInserter.InsertAsync(db, batch, cancellationToken);
        return batch.Length;
    }
}
