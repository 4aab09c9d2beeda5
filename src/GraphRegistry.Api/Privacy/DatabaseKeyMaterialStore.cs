using GraphRegistry.Api.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Keys in the PostgreSQL database, shared by every node: the key ring (<see cref="DatabaseKeyRing"/>)
/// and the registry's secrets, each a row stored encrypted under the key ring so the table alone
/// does not give them away (with Registry:Keys:CertificatePath the key ring itself is encrypted to
/// a certificate).
/// </summary>
public sealed class DatabaseKeyMaterialStore : KeyMaterialStore
{
    private readonly RegistryDatabase database;
    private readonly Lazy<IDataProtectionProvider> protection;

    public DatabaseKeyMaterialStore(RegistryDatabase database, DatabaseKeyRing keyRing, IOptions<KeyMaterialOptions> options, IServiceProvider services)
        : base(options)
    {
        this.database = database;
        KeyRing = keyRing;

        // Resolved late: Data Protection itself is built on this store's key ring.
        protection = new(services.GetRequiredService<IDataProtectionProvider>);
    }

    public override string KeyRingLocation => $"the KeyMaterial table of the {database.Location}";

    public override string BlindIndexKeyLocation => $"the KeyMaterial table of the {database.Location}";

    public override IXmlRepository KeyRing { get; }

    public override Task<bool> KeyRingHasKeysAsync(CancellationToken cancellationToken) =>
        ExistsAsync($"""SELECT EXISTS (SELECT 1 FROM "KeyMaterial" WHERE "Name" LIKE '{DatabaseKeyRing.KeyNamePrefix}%')""", null, cancellationToken);

    protected override Task<bool> HasAsync(KeySecret secret, CancellationToken cancellationToken) =>
        ExistsAsync("""SELECT EXISTS (SELECT 1 FROM "KeyMaterial" WHERE "Name" = @name)""", NameOf(secret), cancellationToken);

    protected override byte[]? ReadKey(KeySecret secret)
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""SELECT "Value" FROM "KeyMaterial" WHERE "Name" = @name""", connection);
        command.Parameters.AddWithValue("name", NameOf(secret));
        return command.ExecuteScalar() is string stored
            ? BlindIndexKey.Parse(Protector(secret).Unprotect(stored), BlindIndexKeyLocation)
            : null;
    }

    protected override async Task WriteAsync(KeySecret secret, byte[] key, bool replace, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // Two nodes starting together may both get here: the first insert wins and both read it back.
        await using var command = new NpgsqlCommand(
            $"""
             INSERT INTO "KeyMaterial" ("Name", "Value", "CreatedAt") VALUES (@name, @value, @at)
             ON CONFLICT ("Name") DO {(replace ? "UPDATE SET \"Value\" = excluded.\"Value\"" : "NOTHING")}
             """,
            connection);
        command.Parameters.AddWithValue("name", NameOf(secret));
        command.Parameters.AddWithValue("value", Protector(secret).Protect(Convert.ToBase64String(key)));
        command.Parameters.AddWithValue("at", DateTimeOffset.UtcNow);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task DeleteAsync(KeySecret secret, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""DELETE FROM "KeyMaterial" WHERE "Name" = @name""", connection);
        command.Parameters.AddWithValue("name", NameOf(secret));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string NameOf(KeySecret secret) => secret switch
    {
        KeySecret.BlindIndex => "blind-index-key",
        KeySecret.NextBlindIndex => "blind-index-key-next",
        KeySecret.AccessLogChain => "access-log-chain-key",
        _ => "pseudonym-key",
    };

    private IDataProtector Protector(KeySecret secret) => protection.Value.CreateProtector(PurposeOf(secret));

    private async Task<bool> ExistsAsync(string sql, string? name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        if (name is not null)
        {
            command.Parameters.AddWithValue("name", name);
        }

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
