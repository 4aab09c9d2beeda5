using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Writes a batch of scores and the decisions that cite them with bulk inserts inside one
/// transaction. Bulk rescoring writes millions of rows; EF's change tracker cost three times the
/// scoring itself. The values are stored exactly as the EF model maps them, and read back through EF.
/// </summary>
internal static class ScoreWriter
{
    public static async Task WriteAsync(RegistryDbContext db, ScoreRows format, IReadOnlyList<HouseholdRows> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var scoreIds = await InsertScoresAsync(db, transaction, format, batch, cancellationToken);
        await InsertDecisionsAsync(db, transaction, format, batch, scoreIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Keys come back matched by household (one score per household in a batch); the decisions cite them.
    private static async Task<Dictionary<long, long>> InsertScoresAsync(
        RegistryDbContext db, IDbContextTransaction transaction, ScoreRows format, IReadOnlyList<HouseholdRows> batch, CancellationToken cancellationToken)
    {
        var scoreIds = new Dictionary<long, long>(batch.Count);
        void SetKey(long id, object householdId) => scoreIds.Add((long)householdId, id);
        await using var insert = RowInsert.Open(db, transaction, format.Scores, keyedBy: nameof(ScoreComputation.HouseholdId));
        foreach (var household in batch)
        {
            insert.Add(household.Score);
            if (insert.IsFull)
            {
                await insert.FlushAsync(SetKey, cancellationToken);
            }
        }

        await insert.FlushAsync(SetKey, cancellationToken);
        return scoreIds;
    }

    private static async Task InsertDecisionsAsync(
        RegistryDbContext db, IDbContextTransaction transaction, ScoreRows format, IReadOnlyList<HouseholdRows> batch, Dictionary<long, long> scoreIds, CancellationToken cancellationToken)
    {
        await using var insert = RowInsert.Open(db, transaction, format.Decisions);
        foreach (var household in batch)
        {
            var scoreId = scoreIds[household.HouseholdId];
            foreach (var decision in household.Decisions)
            {
                decision[ScoreRows.ScoreIdColumn] = scoreId;
                insert.Add(decision);
                if (insert.IsFull)
                {
                    await insert.FlushAsync(onInserted: null, cancellationToken);
                }
            }
        }

        await insert.FlushAsync(onInserted: null, cancellationToken);
    }
}
