using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphRegistry.Api.Registration;

/// <summary>
/// Recognises a unique index refusing a write: the last word when two requests race past the
/// checks with the same identifier (or two heads, or one person in two households).
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    private static readonly string[] IdentifierIndexes = ["NationalIdIndex", "IdcsIndex", "PublicId"];

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } sqlite => sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>Whether the refused index is one of the identifier blind indexes of Persons.</summary>
    public static bool IsIdentifier(DbUpdateException exception) =>
        Is(exception) && exception.InnerException switch
        {
            // SQLite names the columns ("UNIQUE constraint failed: Persons.NationalIdIndex"); PostgreSQL the index.
            PostgresException postgres => postgres.TableName == "Persons" && IdentifierIndexes.Any(column => postgres.ConstraintName?.EndsWith(column, StringComparison.Ordinal) == true),
            SqliteException sqlite => IdentifierIndexes.Any(column => sqlite.Message.Contains("Persons." + column, StringComparison.Ordinal)),
            _ => false,
        };
}
