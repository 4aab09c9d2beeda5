using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Registration;

/// <summary>
/// Recognises a unique index refusing a write: the last word when two requests race past the
/// checks with the same identifier (or two heads, or one person in two households).
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Is(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal);

    /// <summary>Whether the refused index is one of the identifier blind indexes.</summary>
    public static bool IsIdentifier(DbUpdateException exception) =>
        Is(exception) && (exception.InnerException!.Message.Contains("NationalIdIndex", StringComparison.Ordinal)
            || exception.InnerException.Message.Contains("IdcsIndex", StringComparison.Ordinal)
            || exception.InnerException.Message.Contains("Persons.PublicId", StringComparison.Ordinal));
}
