namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// Direct SQL on the registry's database, as an intruder or a failing disk would act on it.
/// Identifiers are double-quoted so one statement serves SQLite and PostgreSQL.
/// </summary>
public static class RawDatabase
{
    public static async Task ExecuteAsync(RegistryApplication registry, string sql)
    {
        await using var connection = await TestDatabase.OpenAsync(registry);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>An empty list of strings as a literal: a JSON array in SQLite, an array in PostgreSQL.</summary>
    public static string EmptyList => TestDatabase.IsPostgreSql ? "'{}'" : "'[]'";

    /// <summary>Every insert into the access log fails from now on, as on a full disk.</summary>
    public static Task BreakAccessLogWritesAsync(RegistryApplication registry) => ExecuteAsync(registry, TestDatabase.IsPostgreSql
        ? """
          CREATE FUNCTION log_store_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql;
          CREATE TRIGGER log_store_down BEFORE INSERT ON "AccessLog" FOR EACH ROW EXECUTE FUNCTION log_store_down();
          """
        : """CREATE TRIGGER log_store_down BEFORE INSERT ON "AccessLog" BEGIN SELECT RAISE(ABORT, 'disk full'); END;""");

    public static Task RepairAccessLogWritesAsync(RegistryApplication registry) =>
        ExecuteAsync(registry, TestDatabase.IsPostgreSql ? """DROP TRIGGER log_store_down ON "AccessLog";""" : "DROP TRIGGER log_store_down;");
}
