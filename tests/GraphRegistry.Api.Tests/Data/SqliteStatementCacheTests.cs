using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>
/// On SQLite a query's statement is compiled once per connection and kept: the connection stays
/// open with its pooled context, and a query that repeats runs on the statement already compiled.
/// </summary>
public sealed class SqliteStatementCacheTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 5, ownsDirectory: true, "Development");

    [SkippableFact]
    public async Task A_repeated_query_runs_on_the_statement_compiled_the_first_time()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only: PostgreSQL keeps statements prepared on the server (Max Auto Prepare).");
        _ = registry.CreateClient();
        var contexts = registry.Service<IDbContextFactory<RegistryDbContext>>();
        var compilations = new List<int>();
        var results = new List<List<string>>();
        SqliteConnection connection;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var query = db.Persons.Where(p => p.Id > 1).OrderBy(p => p.Id).Select(p => p.PublicId);
            await db.Database.OpenConnectionAsync();
            connection = (SqliteConnection)db.Database.GetDbConnection();

            // SQLite consults an authorizer only while it compiles a statement: counting its calls
            // counts compilations. (Setting one expires the statements compiled before.)
            var calls = 0;
            delegate_authorizer count = (_, _, _, _, _, _) =>
            {
                calls++;
                return raw.SQLITE_OK;
            };
            raw.sqlite3_set_authorizer(connection.Handle, count, null);
            try
            {
                for (var run = 0; run < 3; run++)
                {
                    calls = 0;
                    results.Add(await query.ToListAsync());
                    compilations.Add(calls);
                }
            }
            finally
            {
                raw.sqlite3_set_authorizer(connection.Handle, (delegate_authorizer?)null, null);
            }
        }

        // Back in the pool, the context's connection is still open (and its statements with it).
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        Assert.True(compilations[0] > 0);
        Assert.Equal([0, 0], compilations[1..]);
        Assert.NotEmpty(results[0]);
        Assert.All(results, result => Assert.Equal(results[0], result));
    }

    [SkippableFact]
    public async Task The_same_query_run_while_its_statement_is_still_being_read_runs_on_its_own()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only.");
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var ids = db.Persons.OrderBy(p => p.Id).Select(p => p.Id);
        var expected = await ids.ToListAsync();

        var outer = new List<long>();
        await foreach (var id in ids.AsAsyncEnumerable())
        {
            outer.Add(id);
            Assert.Equal(expected, await ids.ToListAsync());
        }

        Assert.Equal(expected, outer);
    }

    [SkippableFact]
    public async Task A_kept_statement_reads_inside_the_transaction_it_runs_in()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only.");
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var firstId = await db.Persons.MinAsync(p => p.Id);
        var publicId = db.Persons.Where(p => p.Id == firstId).Select(p => p.PublicId);
        var original = await publicId.SingleAsync();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal(original, await publicId.SingleAsync());
            await db.Database.ExecuteSqlAsync($"UPDATE \"Persons\" SET \"PublicId\" = 'p_changed' WHERE \"Id\" = {firstId}");
            Assert.Equal("p_changed", await publicId.SingleAsync());
            await transaction.RollbackAsync();
        }

        Assert.Equal(original, await publicId.SingleAsync());
    }

    [SkippableFact]
    public async Task More_statements_than_a_connection_keeps_still_answer_each_with_its_own_result()
    {
        Skip.If(TestDatabase.IsPostgreSql, "SQLite only.");
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var texts = Enumerable.Range(1, SqliteStatementCache.PerConnection + 6).ToList();

        foreach (var value in texts.Concat(texts.Take(10)))
        {
            var sql = "SELECT " + value + " AS \"Value\"";
            Assert.Equal(value, await db.Database.SqlQueryRaw<int>(sql).SingleAsync());
        }
    }

    public void Dispose() => registry.Dispose();
}
