using System.Text.Json;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphRegistry.Api.Tests.Data;

/// <summary>
/// The bulk inserts bind values themselves (by position, on SQLite): each table they fill gets a
/// row written by EF and the same row written by the bulk insert, and every column must hold the
/// same stored value, type included (SQLite stores what it is given: "5" is not 5).
/// </summary>
public sealed class RowInsertTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development");

    [Fact]
    public Task A_score_is_stored_as_EF_stores_it() =>
        CompareAsync(db => db.ScoreComputations.AsNoTracking().OrderBy(s => s.Id).FirstAsync(), keyedBy: nameof(ScoreComputation.HouseholdId));

    [Fact]
    public Task A_decision_is_stored_as_EF_stores_it() =>
        CompareAsync(db => db.EligibilityDecisions.AsNoTracking().OrderBy(d => d.Id).FirstAsync(), keyedBy: nameof(EligibilityDecision.HouseholdId));

    [Fact]
    public Task A_household_is_stored_as_EF_stores_it() => CompareAsync(
        db => db.Households.AsNoTracking().OrderBy(h => h.Id).FirstAsync(),
        keyedBy: nameof(Household.PublicId),
        distinguish: (household, copy) => household.PublicId = $"HH-BULK-{copy}",
        jsonColumns: null,
        nameof(Household.PublicId));

    [Fact]
    public Task A_person_is_stored_as_EF_stores_it() => CompareAsync(
        db => db.Persons.AsNoTracking().OrderBy(p => p.Id).FirstAsync(),
        keyedBy: nameof(Person.PublicId),
        distinguish: (person, copy) =>
        {
            person.PublicId = $"P-BULK-{copy}";
            person.NationalIdIndex = [.. Enumerable.Repeat((byte)copy, 32)];
            person.IdcsIndex = [.. Enumerable.Repeat((byte)(copy + 10), 32)];
        },
        jsonColumns: null,
        nameof(Person.PublicId), nameof(Person.NationalIdIndex), nameof(Person.IdcsIndex));

    [Fact]
    public Task A_declaration_is_stored_as_EF_stores_it() => CompareAsync(
        db => db.Declarations.AsNoTracking().OrderBy(d => d.Id).FirstAsync(),
        keyedBy: nameof(Declaration.HouseholdId),
        distinguish: (declaration, copy) => declaration.Version += 100 + copy,
        jsonColumns: new() { [nameof(Declaration.MemberSituations)] = declaration => MemberSituationsJson.Write(declaration.MemberSituations) },
        nameof(Declaration.Version));

    [Fact]
    public Task An_ended_membership_is_stored_as_EF_stores_it() => CompareAsync(
        db => db.Memberships.AsNoTracking().OrderBy(m => m.Id).FirstAsync(),
        keyedBy: nameof(Membership.PersonId),
        distinguish: (membership, _) => membership.EndDate = new DateOnly(2031, 12, 31));

    [Fact]
    public Task An_access_log_entry_is_stored_as_EF_stores_it() => CompareAsync(
        _ => Task.FromResult(new AccessLogEntry
        {
            Sequence = 0,
            OccurredAt = new DateTime(2026, 12, 1, 8, 30, 15, DateTimeKind.Utc).AddTicks(1230),
            PrincipalKind = "agency",
            PrincipalSubject = "agency:ANSS",
            AgencyCode = "ANSS",
            Purpose = "HEALTH_INSURANCE",
            Basis = null,
            OperationName = "Lookup",
            DocumentHash = "sha256:abc",
            Subjects = ["HH-1", "HH-2"],
            Fields = ["Person.birthDate", "Household.address"],
            Outcome = AccessOutcome.Denied,
            // A byte-order mark first and a lone surrogate: text SQLite would read differently as
            // UTF-16. PostgreSQL's driver refuses a lone surrogate outright, EF's writes included.
            Reason = TestDatabase.IsPostgreSql ? "\uFEFFCONSENT_REQUIRED" : "\uFEFFCONSENT_REQUIRED \uD800",
            RequestId = "request-1",
            PreviousHash = "00",
            Hash = "11",
        }),
        keyedBy: nameof(AccessLogEntry.RequestId),
        distinguish: (entry, copy) => entry.Sequence = 1_000_000 + copy,
        jsonColumns: null,
        nameof(AccessLogEntry.Sequence));

    [Fact]
    public async Task Each_generated_key_comes_back_with_its_own_row_in_full_and_partial_statements()
    {
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var keys = new Dictionary<string, long>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await using (var insert = RowInsert.Open(db, transaction, typeof(AccessLogEntry), ["Sequence", "OccurredAt", "PrincipalKind", "PrincipalSubject", "DocumentHash", "Subjects", "Fields", "Outcome", "RequestId", "PreviousHash", "Hash"],
                keyedBy: "RequestId"))
            {
                // 70 rows: two full statements of 32 rows and six single rows on SQLite, one partial statement on PostgreSQL.
                for (var i = 0; i < 70; i++)
                {
                    insert.Add(2_000_000L + i, DateTime.UtcNow, "agency", "agency:ANSS", "sha256:abc", new List<string>(), new List<string>(), AccessOutcome.Allowed, $"request-{i}", "00", "11");
                    if (insert.IsFull)
                    {
                        await insert.FlushAsync((id, requestId) => keys.Add((string)requestId, id), CancellationToken.None);
                    }
                }

                await insert.FlushAsync((id, requestId) => keys.Add((string)requestId, id), CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        var stored = await db.AccessLog.Where(e => e.Sequence >= 2_000_000).ToDictionaryAsync(e => e.RequestId, e => e.Id);
        Assert.Equal(70, keys.Count);
        Assert.Equal(stored.OrderBy(p => p.Key), keys.OrderBy(p => p.Key));
    }

    public void Dispose() => registry.Dispose();

    private async Task CompareAsync<T>(
        Func<RegistryDbContext, Task<T>> load, string keyedBy, Action<T, int>? distinguish = null, Dictionary<string, Func<T, object?>>? jsonColumns = null, params string[] distinguishingColumns)
        where T : class
    {
        _ = registry.CreateClient();
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var entityType = db.Model.FindEntityType(typeof(T))!;
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var properties = entityType.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()).ToList();
        var jsonNavigations = entityType.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()).Select(n => n.Name).ToList();

        var viaEf = await load(db);
        key.PropertyInfo!.SetValue(viaEf, 0L);
        distinguish?.Invoke(viaEf, 1);
        db.Add(viaEf);
        await db.SaveChangesAsync();
        var efId = (long)key.PropertyInfo.GetValue(viaEf)!;
        db.ChangeTracker.Clear();

        var viaBulk = await load(db);
        distinguish?.Invoke(viaBulk, 2);
        long? bulkId = null;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await using (var insert = RowInsert.Open(db, transaction, typeof(T), [.. properties.Select(p => p.Name), .. jsonNavigations], keyedBy))
            {
                insert.Add([.. properties.Select(p => p.PropertyInfo!.GetValue(viaBulk)), .. jsonNavigations.Select(name => jsonColumns![name](viaBulk))]);
                await insert.FlushAsync((id, _) => bulkId = id, CancellationToken.None);
            }

            await transaction.CommitAsync();
        }

        Assert.NotNull(bulkId);
        var stored = await ReadRowAsync(db, entityType, efId);
        var bulk = await ReadRowAsync(db, entityType, bulkId.Value);
        var compared = stored.Keys.Except([key.GetColumnName(), .. distinguishingColumns]).ToList();
        Assert.True(compared.Count >= properties.Count - distinguishingColumns.Length, "every column is compared");
        Assert.All(compared, column => Assert.Equal((column, stored[column]), (column, bulk[column])));

        // Columns that must differ between the two rows (unique keys) still hold the same kind of value.
        Assert.All(distinguishingColumns, column => Assert.Equal((column, stored[column].GetType()), (column, bulk[column].GetType())));
    }

    // PostgreSQL hands arrays back as arrays, which compare by reference.
    private static object Comparable(object value) => value is System.Collections.IEnumerable and not string ? JsonSerializer.Serialize(value) : value;

    // The values as the database hands them back, untouched by EF: on SQLite, the storage class shows in the .NET type.
    private static async Task<Dictionary<string, object>> ReadRowAsync(RegistryDbContext db, IEntityType entityType, long id)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{entityType.GetTableName()}\" WHERE \"{entityType.FindPrimaryKey()!.Properties.Single().GetColumnName()}\" = {id};";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Comparable(reader.GetValue(i)));
    }
}
