using System.Security.Cryptography;
using GraphRegistry.Api.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Keys in the PostgreSQL database, shared by every node: the key ring (<see cref="DatabaseKeyRing"/>)
/// and the blind-index key, stored encrypted under the key ring so the table alone does not give it
/// away (with Registry:Keys:CertificatePath the key ring itself is encrypted to a certificate).
/// </summary>
public sealed class DatabaseKeyMaterialStore : IKeyMaterialStore
{
    private const string BlindIndexKeyName = "blind-index-key";
    private const string BlindIndexKeyPurpose = "GraphRegistry.BlindIndexKey.v1";

    private readonly RegistryDatabase database;
    private readonly Lazy<IDataProtector> protector;
    private readonly Lazy<byte[]> blindIndexKey;

    public DatabaseKeyMaterialStore(RegistryDatabase database, DatabaseKeyRing keyRing, IServiceProvider services)
    {
        this.database = database;
        KeyRing = keyRing;

        // Resolved late: Data Protection itself is built on this store's key ring.
        protector = new(() => services.GetRequiredService<IDataProtectionProvider>().CreateProtector(BlindIndexKeyPurpose));
        // PublicationOnly: a read that failed (the database briefly unreachable) is tried again, not remembered.
        blindIndexKey = new(() => Privacy.BlindIndexKey.Parse(protector.Value.Unprotect(ReadBlindIndexKey() ?? throw Missing()), BlindIndexKeyLocation), LazyThreadSafetyMode.PublicationOnly);
    }

    public string KeyRingLocation => $"the KeyMaterial table of the {database.Location}";

    public string BlindIndexKeyLocation => $"the KeyMaterial table of the {database.Location}";

    public IXmlRepository KeyRing { get; }

    public byte[] BlindIndexKey => blindIndexKey.Value;

    public Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken) =>
        ExistsAsync($"""SELECT EXISTS (SELECT 1 FROM "KeyMaterial" WHERE "Name" LIKE '{DatabaseKeyRing.KeyNamePrefix}%')""", cancellationToken);

    public Task<bool> HasBlindIndexKeyAsync(CancellationToken cancellationToken) =>
        ExistsAsync($"""SELECT EXISTS (SELECT 1 FROM "KeyMaterial" WHERE "Name" = '{BlindIndexKeyName}')""", cancellationToken);

    public async Task CreateBlindIndexKeyAsync(CancellationToken cancellationToken)
    {
        var protectedKey = protector.Value.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Privacy.BlindIndexKey.Length)));
        await using var connection = await OpenAsync(cancellationToken);

        // Two nodes starting together may both get here: the first insert wins and both read it back.
        await using var command = new NpgsqlCommand(
            """INSERT INTO "KeyMaterial" ("Name", "Value", "CreatedAt") VALUES (@name, @value, @at) ON CONFLICT ("Name") DO NOTHING""", connection);
        command.Parameters.AddWithValue("name", BlindIndexKeyName);
        command.Parameters.AddWithValue("value", protectedKey);
        command.Parameters.AddWithValue("at", DateTimeOffset.UtcNow);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReprotectAsync(CancellationToken cancellationToken)
    {
        var reprotected = protector.Value.Protect(Convert.ToBase64String(BlindIndexKey));
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""UPDATE "KeyMaterial" SET "Value" = @value WHERE "Name" = @name""", connection);
        command.Parameters.AddWithValue("name", BlindIndexKeyName);
        command.Parameters.AddWithValue("value", reprotected);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string? ReadBlindIndexKey()
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""SELECT "Value" FROM "KeyMaterial" WHERE "Name" = @name""", connection);
        command.Parameters.AddWithValue("name", BlindIndexKeyName);
        return command.ExecuteScalar() as string;
    }

    private MissingKeyMaterialException Missing() =>
        new($"The blind-index key is missing from {BlindIndexKeyLocation}.");

    private async Task<bool> ExistsAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false; // a database not migrated yet holds no keys
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
