using GraphRegistry.Api.KeyRotation;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;

namespace GraphRegistry.Api.Tests.KeyRotation;

/// <summary>
/// A serving registry (demo households, one change request applied so the history and request
/// tables hold ciphertext too) and what the tests read of it around a rotate-keys run: every
/// personal value as the operator sees it, and the key each stored value is under.
/// </summary>
public sealed class RotationFixture : IDisposable
{
    public const string AllPersonalFields = """
        { households(first: 100) { edges { node { id address phone history { field oldValue newValue }
            members { person { id nationalId idcs firstNameArabic lastNameArabic firstNameLatin lastNameLatin birthDate disability } } } } }
          changeRequests(status: APPLIED) { id oldValue newValue } }
        """;

    public RotationFixture(int households)
    {
        // The serving registry reads the key ring every two seconds, so it writes under a new key soon after rotate-keys makes it.
        Registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), households, ownsDirectory: true, "Development", new Dictionary<string, string>
        {
            ["Registry:Keys:RingRefreshInterval"] = "00:00:02",
        });
        Operator = Registry.CreateClient(TestPrincipals.Operator);
    }

    public RegistryApplication Registry { get; }

    public HttpClient Operator { get; }

    /// <summary>A command's environment on this registry, with the nodes' key-refresh interval (what a blind-index run waits for).</summary>
    public Dictionary<string, string> CommandEnvironment
    {
        get
        {
            var environment = RegistryProcess.EnvironmentFor(Registry.DataDirectory);
            environment["Registry__Keys__RingRefreshInterval"] = "00:00:02";
            return environment;
        }
    }

    /// <summary>
    /// A second node: the registry as its own process on the same data directory and database
    /// (the same signing key and keys), serving beside the in-process one. Returns it with an
    /// operator client.
    /// </summary>
    public async Task<(RegistryProcess Node, HttpClient Operator)> StartSecondNodeAsync()
    {
        var node = RegistryProcess.Serve(CommandEnvironment);
        var client = await node.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        client.DefaultRequestHeaders.Authorization = new("Bearer", Registry.Token(TestPrincipals.Operator));
        return (node, client);
    }

    /// <summary>A citizen's correction of their address, approved and applied: a change request and a modification, both encrypted.</summary>
    public async Task AddCaseworkAsync()
    {
        var household = DemoPlaintext.Of(Registry)[0];
        var citizen = Registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var draft = await citizen.PostGraphQLAsync("mutation($input: ChangeRequestInput!) { me { requestChange(input: $input) { id } } }", new { input = new { field = "Household.address", newValue = "7 rue de la Rotation, Fes" } });
        var id = draft.Data.GetProperty("me").GetProperty("requestChange").GetProperty("id").GetString();
        await citizen.PostGraphQLAsync("mutation($id: ID!) { me { submitChangeRequest(id: $id) { status } } }", new { id });
        await Operator.PostGraphQLAsync("mutation($id: ID!) { reviewChangeRequest(id: $id, decision: APPROVE) { status } }", new { id });
        var applied = await Operator.PostGraphQLAsync("mutation($id: ID!) { applyChangeRequest(id: $id) { status } }", new { id });
        Assert.Equal("APPLIED", applied.Data.GetProperty("applyChangeRequest").GetProperty("status").GetString());
    }

    /// <summary>Every personal value the operator reads, as one text to compare before and after.</summary>
    public async Task<string> ReadAllAsync(HttpClient? client = null)
    {
        var response = await (client ?? Operator).PostGraphQLAsync(AllPersonalFields);
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data.GetRawText();
    }

    public Guid CurrentKeyId() => Registry.Service<IKeyRingProvider>().GetCurrentKeyRing().DefaultKeyId;

    public IReadOnlyCollection<IKey> Keys() => Registry.Service<IKeyManager>().GetAllKeys();

    /// <summary>Stored values per key id, read straight from the database (as text prefixes: nothing is decrypted).</summary>
    public async Task<Dictionary<Guid, long>> ValuesPerKeyAsync()
    {
        var byPrefix = Keys().ToDictionary(key => CiphertextKey.PrefixOf(key.KeyId), key => key.KeyId);
        var counts = new Dictionary<Guid, long>();
        await using var connection = await TestDatabase.OpenAsync(Registry);
        foreach (var table in EncryptedTables.All)
        {
            foreach (var column in table.Columns)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""SELECT "{column.Name}" FROM "{table.Name}" WHERE "{column.Name}" IS NOT NULL""";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var key = byPrefix.GetValueOrDefault(reader.GetString(0)[..CiphertextKey.PrefixLength]);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>Rows with at least one encrypted value: what a run rewrites when every value starts under an older key.</summary>
    public async Task<long> EncryptedRowsAsync()
    {
        await using var connection = await TestDatabase.OpenAsync(Registry);
        var rows = 0L;
        foreach (var table in EncryptedTables.All)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT COUNT(*) FROM "{table.Name}" WHERE {string.Join(" OR ", table.Columns.Select(c => $"\"{c.Name}\" IS NOT NULL"))}""";
            rows += Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return rows;
    }

    public async Task<RunState?> RunStateAsync(string runId)
    {
        await using var connection = await TestDatabase.OpenAsync(Registry);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Pass", "TableName", "AfterId", "RowsRewritten", "CompletedAt" IS NOT NULL FROM "KeyRotationRuns" WHERE "RunId" = @id""";
        var id = command.CreateParameter();
        id.ParameterName = "@id";
        id.Value = runId;
        command.Parameters.Add(id);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        return new RunState(reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetBoolean(4));
    }

    public async Task<long> RunCountAsync()
    {
        await using var connection = await TestDatabase.OpenAsync(Registry);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "KeyRotationRuns" """;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The run id a rotate-keys output names on its first line.</summary>
    public static string RunIdIn(string output) =>
        System.Text.RegularExpressions.Regex.Match(output, "Run ((?:rotation|blind-index)-[0-9]{8}-[0-9a-f]{8})").Groups[1].Value;

    /// <summary>Every person's two blind-index columns, by row key, as hex.</summary>
    public async Task<Dictionary<long, string>> IndexesAsync()
    {
        var indexes = new Dictionary<long, string>();
        await using var connection = await TestDatabase.OpenAsync(Registry);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "NationalIdIndex", "IdcsIndex" FROM "Persons" """;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes[reader.GetInt64(0)] = (reader.IsDBNull(1) ? "-" : Convert.ToHexString(reader.GetFieldValue<byte[]>(1))) + "/" + (reader.IsDBNull(2) ? "-" : Convert.ToHexString(reader.GetFieldValue<byte[]>(2)));
        }

        return indexes;
    }

    /// <summary>A run's cursor and count as committed in the KeyRotationRuns table.</summary>
    public sealed record RunState(int Pass, string Table, long AfterId, long RowsRewritten, bool Completed);

    public void Dispose()
    {
        Operator.Dispose();
        Registry.Dispose();
    }
}
