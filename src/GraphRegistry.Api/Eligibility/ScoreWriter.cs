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
    private static readonly string[] ScoreColumns =
        ["HouseholdId", "DeclarationId", "DeclarationVersion", "ModelVersion", "CalculatedScore", "Trigger", "RunId", "ComputedAt", "Contributions"];

    private static readonly string[] DecisionColumns =
        ["HouseholdId", "ProgramCode", "ScoreComputationId", "ScoreUsed", "ThresholdVersionId", "Eligible", "CriteriaMet", "Reasons", "TopVariables", "DecidedAt"];

    public static async Task WriteAsync(RegistryDbContext db, IReadOnlyList<ScoredHousehold> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InsertScoresAsync(db, transaction, batch, cancellationToken);
        await InsertDecisionsAsync(db, transaction, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Keys come back matched by household (one score per household in a batch), the decisions cite them.
    private static async Task InsertScoresAsync(RegistryDbContext db, IDbContextTransaction transaction, IReadOnlyList<ScoredHousehold> batch, CancellationToken cancellationToken)
    {
        var byHousehold = batch.ToDictionary(scored => scored.Score.HouseholdId, scored => scored.Score);
        void SetKey(long id, object householdId) => byHousehold[(long)householdId].Id = id;
        await using var insert = RowInsert.Open(db, transaction, typeof(ScoreComputation), ScoreColumns, keyedBy: "HouseholdId");
        foreach (var (score, _) in batch)
        {
            insert.Add(score.HouseholdId, score.DeclarationId, score.DeclarationVersion, score.ModelVersion, score.CalculatedScore, score.Trigger, score.RunId,
                score.ComputedAt, ContributionsJson.Write(score.Contributions));
            if (insert.IsFull)
            {
                await insert.FlushAsync(SetKey, cancellationToken);
            }
        }

        await insert.FlushAsync(SetKey, cancellationToken);
    }

    private static async Task InsertDecisionsAsync(RegistryDbContext db, IDbContextTransaction transaction, IReadOnlyList<ScoredHousehold> batch, CancellationToken cancellationToken)
    {
        await using var insert = RowInsert.Open(db, transaction, typeof(EligibilityDecision), DecisionColumns);
        foreach (var (score, decisions) in batch)
        {
            foreach (var decision in decisions)
            {
                decision.ScoreComputationId = score.Id;

                // The lists go through the columns' type mappings: JSON text on SQLite, arrays on PostgreSQL.
                insert.Add(decision.HouseholdId, decision.ProgramCode, decision.ScoreComputationId, decision.ScoreUsed, decision.ThresholdVersionId, decision.Eligible, decision.CriteriaMet,
                    decision.Reasons, decision.TopVariables, decision.DecidedAt);
                if (insert.IsFull)
                {
                    await insert.FlushAsync(onInserted: null, cancellationToken);
                }
            }
        }

        await insert.FlushAsync(onInserted: null, cancellationToken);
    }
}
