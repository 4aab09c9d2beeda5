using System.Data.Common;
using System.Text.Json;
using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Writes a batch of scores and the decisions that cite them with two prepared statements inside
/// one transaction. Bulk rescoring writes millions of rows; EF's change tracker cost three times
/// the scoring itself. The values are stored exactly as the EF model maps them, and read back through EF.
/// </summary>
internal static class ScoreWriter
{
    private const string InsertScore = """
        INSERT INTO "ScoreComputations" ("HouseholdId", "DeclarationId", "DeclarationVersion", "ModelVersion", "CalculatedScore", "Trigger", "RunId", "ComputedAt", "Contributions")
        VALUES (@household, @declaration, @version, @model, @score, @trigger, @run, @at, @contributions)
        RETURNING "Id";
        """;

    private const string InsertDecision = """
        INSERT INTO "EligibilityDecisions" ("HouseholdId", "ProgramCode", "ScoreComputationId", "ScoreUsed", "ThresholdVersionId", "Eligible", "CriteriaMet", "Reasons", "TopVariables", "DecidedAt")
        VALUES (@household, @program, @score, @used, @threshold, @eligible, @criteria, @reasons, @top, @at);
        """;

    public static async Task WriteAsync(RegistryDbContext db, IReadOnlyList<ScoredHousehold> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var score = Command(connection, transaction, InsertScore, "household", "declaration", "version", "model", "score", "trigger", "run", "at", "contributions");
        await using var decision = Command(connection, transaction, InsertDecision, "household", "program", "score", "used", "threshold", "eligible", "criteria", "reasons", "top", "at");
        foreach (var (computation, decisions) in batch)
        {
            Set(score, computation.HouseholdId, computation.DeclarationId, computation.DeclarationVersion, computation.ModelVersion, computation.CalculatedScore,
                computation.Trigger.ToString(), (object?)computation.RunId ?? DBNull.Value, computation.ComputedAt, JsonSerializer.Serialize(computation.Contributions));
            computation.Id = Convert.ToInt64(await score.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var item in decisions)
            {
                item.ScoreComputationId = computation.Id;
                Set(decision, item.HouseholdId, item.ProgramCode, item.ScoreComputationId, item.ScoreUsed, item.ThresholdVersionId, item.Eligible, item.CriteriaMet,
                    ColumnValue.StringList(db.Database, item.Reasons), ColumnValue.StringList(db.Database, item.TopVariables), item.DecidedAt);
                await decision.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, IDbContextTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
