using System.Data.Common;
using BenchmarkDotNet.Attributes;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Benchmarks.Data;

/// <summary>
/// Writing one rescoring batch's eligibility decisions (2,000 rows, values already converted) into
/// a migrated SQLite registry file, in one transaction: the registry's bulk insert (values bound by
/// position, 32 rows per prepared statement) against the ADO.NET way it replaced (multi-row INSERTs
/// of 64 named parameters through Microsoft.Data.Sqlite, each parameter made by its EF type
/// mapping). WAL with <c>synchronous=OFF</c>, so commits do not wait for the disk and the inserts
/// are what is measured; each run writes the next 500 households, as a rescoring sweeps the keys.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class BulkInsertBenchmarks : IDisposable
{
    private const int Rows = 2_000;
    private const int NamedParameterBudget = 64;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "graphregistry-bench-insert", Guid.NewGuid().ToString("N"));
    private SqliteRegistryDbContext db = null!;
    private TableColumns columns = null!;
    private List<object?[]> decisions = [];
    private long nextHousehold = 1;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(directory);
        var options = new DbContextOptionsBuilder<SqliteRegistryDbContext>().UseSqlite($"Data Source={Path.Combine(directory, "registry.db")}").Options;
        db = new SqliteRegistryDbContext(options);
        db.Database.Migrate();
        db.Database.OpenConnection();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var format = new ScoreRows(db.Model);
        columns = new TableColumns(db.Model, typeof(EligibilityDecision),
            ["HouseholdId", "ProgramCode", "ScoreComputationId", "ScoreUsed", "ThresholdVersionId", "Eligible", "CriteriaMet", "Reasons", "TopVariables", "DecidedAt"]);
        var topVariables = new List<string> { "household_size", "log_phone_per_person", "log_water_electricity_per_person" };
        var decidedAt = new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc).AddTicks(4522281);
        decisions = [.. Enumerable.Range(0, Rows).Select(i => new EligibilityDecision
        {
            HouseholdId = 1 + (i / 4),
            ProgramCode = (i % 4) switch { 0 => "ASD", 1 => "AMO_TADAMON", 2 => "AMO_ACHAMIL", _ => "TAYSSIR" },
            ScoreComputationId = 1 + (i / 4),
            ScoreUsed = 9.502786 + (i * 1e-6),
            ThresholdVersionId = 1 + (i % 4),
            Eligible = i % 3 == 0,
            CriteriaMet = true,
            Reasons = [$"score {9.502786 + (i * 1e-6)} \u2264 9.743001", "a member aged 6\u201318 is in school"],
            TopVariables = topVariables,
            DecidedAt = decidedAt,
        }).Select(decision => format.For(new ScoreComputation { HouseholdId = decision.HouseholdId, ModelVersion = "ILLUSTRATIVE-2025.1" }, [decision]).Decisions[0])];

        // The writer fills in the key of the score each decision cites, once the score is written.
        foreach (var decision in decisions)
        {
            decision[ScoreRows.ScoreIdColumn] = decision[0];
        }
    }

    [Benchmark(Baseline = true)]
    public void Named_parameters_through_Microsoft_Data_Sqlite()
    {
        NextHouseholds();
        using var transaction = db.Database.BeginTransaction();
        var rowsPerStatement = NamedParameterBudget / columns.Count;
        using var full = NamedInsert(transaction.GetDbTransaction(), rowsPerStatement);
        var row = 0;
        for (; row + rowsPerStatement <= decisions.Count; row += rowsPerStatement)
        {
            Execute(full, row, rowsPerStatement);
        }

        if (row < decisions.Count)
        {
            using var partial = NamedInsert(transaction.GetDbTransaction(), decisions.Count - row);
            Execute(partial, row, decisions.Count - row);
        }

        transaction.Commit();
    }

    [Benchmark]
    public async Task Positional_through_the_registry_bulk_insert()
    {
        NextHouseholds();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using (var insert = RowInsert.Open(db, transaction, columns))
        {
            foreach (var decision in decisions)
            {
                insert.Add(decision);
                if (insert.IsFull)
                {
                    await insert.FlushAsync(onInserted: null, CancellationToken.None);
                }
            }

            await insert.FlushAsync(onInserted: null, CancellationToken.None);
        }

        await transaction.CommitAsync();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        db?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private void NextHouseholds()
    {
        for (var i = 0; i < decisions.Count; i++)
        {
            decisions[i][0] = nextHousehold + (i / 4);
        }

        nextHousehold += decisions.Count / 4;
    }

    private DbCommand NamedInsert(DbTransaction transaction, int rowCount)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = columns.InsertSql(rowCount, position => $"@p{position}");
        for (var position = 0; position < rowCount * columns.Count; position++)
        {
            command.Parameters.Add(columns.Mapping(position % columns.Count).CreateParameter(command, $"@p{position}", value: null));
        }

        return command;
    }

    private void Execute(DbCommand command, int firstRow, int rowCount)
    {
        for (var row = 0; row < rowCount; row++)
        {
            var values = decisions[firstRow + row];
            for (var column = 0; column < columns.Count; column++)
            {
                command.Parameters[(row * columns.Count) + column].Value = values[column] ?? DBNull.Value;
            }
        }

        command.ExecuteNonQuery();
    }
}
