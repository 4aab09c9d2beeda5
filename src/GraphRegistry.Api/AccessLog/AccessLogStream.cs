using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphRegistry.Api.AccessLog;

/// <summary>
/// Every entry in sequence order from one query, row by row, through a plain data reader: memory
/// stays flat however long the log, and no entity is tracked or paged. Values that the database
/// stores in another form (the outcome as its name, lists as JSON on SQLite) are converted back by
/// EF's own converters, so an entry reads exactly as EF would materialise it, on any provider.
/// </summary>
public static class AccessLogStream
{
    private const string Select = """
        SELECT "Sequence", "OccurredAt", "PrincipalKind", "PrincipalSubject", "AgencyCode", "Purpose", "Basis", "OperationName",
               "DocumentHash", "Subjects", "Fields", "Outcome", "Reason", "RequestId", "PreviousHash", "Hash"
        FROM "AccessLog" WHERE "Sequence" >= @from AND "OccurredAt" >= @since ORDER BY "Sequence"
        """;

    /// <summary>
    /// Entries from sequence <paramref name="fromSequence"/> on; <paramref name="since"/>, when
    /// given, lets PostgreSQL skip the partitions of earlier months without reading them.
    /// </summary>
    public static async IAsyncEnumerable<AccessLogEntry> InSequenceAsync(RegistryDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken, long fromSequence = 1, DateTime? since = null)
    {
        var entity = db.Model.FindEntityType(typeof(AccessLogEntry))!;
        var subjects = entity.FindProperty(nameof(AccessLogEntry.Subjects))!.GetTypeMapping().Converter;
        var fields = entity.FindProperty(nameof(AccessLogEntry.Fields))!.GetTypeMapping().Converter;
        var outcome = entity.FindProperty(nameof(AccessLogEntry.Outcome))!.GetTypeMapping().Converter;

        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Select;
        AddParameter(command, "from", fromSequence);
        AddParameter(command, "since", since ?? DateTime.UnixEpoch);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new AccessLogEntry
            {
                Sequence = reader.GetInt64(0),
                OccurredAt = reader.GetDateTime(1),
                PrincipalKind = reader.GetString(2),
                PrincipalSubject = reader.GetString(3),
                AgencyCode = Optional(reader, 4),
                Purpose = Optional(reader, 5),
                Basis = Optional(reader, 6),
                OperationName = Optional(reader, 7),
                DocumentHash = reader.GetString(8),
                Subjects = List(reader, 9, subjects),
                Fields = List(reader, 10, fields),
                Outcome = (AccessOutcome)Converted(reader, 11, outcome)!,
                Reason = Optional(reader, 12),
                RequestId = reader.GetString(13),
                PreviousHash = reader.GetString(14),
                Hash = reader.GetString(15),
            };
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string? Optional(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static object? Converted(DbDataReader reader, int ordinal, ValueConverter? converter) =>
        converter is null ? reader.GetValue(ordinal) : converter.ConvertFromProvider(reader.GetValue(ordinal));

    private static List<string> List(DbDataReader reader, int ordinal, ValueConverter? converter) =>
        Converted(reader, ordinal, converter) is IEnumerable<string> values ? [.. values] : [];
}
