using System.Data.Common;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Reads the next households to rescore after a key, with what scoring needs: each one's latest
/// declaration and current members. Three range queries on indexed keys, read with a data reader:
/// EF's materialisation cost more than the scoring. The SQL is what SQLite and PostgreSQL both run.
/// <see cref="ScoringSource"/> reads the same shape through EF for the few households of a request.
/// </summary>
internal static class ScoringBatchReader
{
    private const string HouseholdsSql = """
        SELECT "Id", "PublicId", "Milieu", "RegionCode" FROM "Households"
        WHERE "Id" > @after ORDER BY "Id" LIMIT @take;
        """;

    // The latest version is a per-household MAX on the (household, version) index, so a batch costs
    // the same at the millionth household as at the first.
    private const string DeclarationsSql = """
        SELECT d."Id", d."HouseholdId", d."Version", d."DwellingType", d."Rooms", d."Tenure", d."WaterSource", d."HasElectricity", d."Sanitation",
               d."CookingFuel", d."DurableGoods", d."AnnualWaterElectricitySpending", d."AnnualButaneSpending", d."AnnualPhoneSpending",
               d."Source", d."SubmittedBy", d."SubmittedAt", d."MemberSituations"
        FROM "Declarations" AS d
        WHERE d."HouseholdId" > @after AND d."HouseholdId" <= @last
          AND d."Version" = (SELECT MAX(o."Version") FROM "Declarations" AS o WHERE o."HouseholdId" = d."HouseholdId");
        """;

    private const string MembersSql = """
        SELECT m."HouseholdId", m."Relationship", p."PublicId", p."Sex", p."BirthDate"
        FROM "Memberships" AS m INNER JOIN "Persons" AS p ON p."Id" = m."PersonId"
        WHERE m."HouseholdId" > @after AND m."HouseholdId" <= @last AND m."EndDate" IS NULL
        ORDER BY m."HouseholdId", m."Id";
        """;

    /// <summary>Up to <paramref name="take"/> households with a key above <paramref name="after"/>, in key order; empty at the end.</summary>
    public static async Task<List<HouseholdToScore>> ReadAsync(RegistryDbContext db, long after, int take, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var households = new List<(long Id, string PublicId, Milieu Milieu, string RegionCode)>(take);
            await using (var command = Command(connection, HouseholdsSql, ("after", after), ("take", take)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    households.Add((reader.GetInt64(0), reader.GetString(1), Enum.Parse<Milieu>(reader.GetString(2)), reader.GetString(3)));
                }
            }

            if (households.Count == 0)
            {
                return [];
            }

            var last = households[^1].Id;
            var declarations = await ReadDeclarationsAsync(connection, after, last, households.Count, cancellationToken);
            var members = await ReadMembersAsync(connection, after, last, cancellationToken);
            return households.ConvertAll(h => new HouseholdToScore(
                h.Id, h.PublicId, h.Milieu, h.RegionCode, declarations.GetValueOrDefault(h.Id), members.GetValueOrDefault(h.Id) ?? []));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<Dictionary<long, Declaration>> ReadDeclarationsAsync(DbConnection connection, long after, long last, int capacity, CancellationToken cancellationToken)
    {
        var declarations = new Dictionary<long, Declaration>(capacity);
        await using var command = Command(connection, DeclarationsSql, ("after", after), ("last", last));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var declaration = new Declaration
            {
                Id = reader.GetInt64(0),
                HouseholdId = reader.GetInt64(1),
                Version = reader.GetInt32(2),
                DwellingType = Enum.Parse<DwellingType>(reader.GetString(3)),
                Rooms = reader.GetInt32(4),
                Tenure = Enum.Parse<Tenure>(reader.GetString(5)),
                WaterSource = Enum.Parse<WaterSource>(reader.GetString(6)),
                HasElectricity = reader.GetBoolean(7),
                Sanitation = Enum.Parse<Sanitation>(reader.GetString(8)),
                CookingFuel = Enum.Parse<CookingFuel>(reader.GetString(9)),
                DurableGoods = (DurableGoods)reader.GetInt32(10),
                AnnualWaterElectricitySpending = reader.GetDecimal(11),
                AnnualButaneSpending = reader.GetDecimal(12),
                AnnualPhoneSpending = reader.GetDecimal(13),
                Source = Enum.Parse<DeclarationSource>(reader.GetString(14)),
                SubmittedBy = reader.GetString(15),
                SubmittedAt = reader.GetFieldValue<DateTimeOffset>(16),
                MemberSituations = reader.IsDBNull(17) ? [] : MemberSituationsJson.Read(reader.GetString(17)),
            };
            declarations[declaration.HouseholdId] = declaration;
        }

        return declarations;
    }

    private static async Task<Dictionary<long, List<MemberToScore>>> ReadMembersAsync(DbConnection connection, long after, long last, CancellationToken cancellationToken)
    {
        var members = new Dictionary<long, List<MemberToScore>>();
        await using var command = Command(connection, MembersSql, ("after", after), ("last", last));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var householdId = reader.GetInt64(0);
            if (!members.TryGetValue(householdId, out var list))
            {
                members[householdId] = list = new List<MemberToScore>(6);
            }

            list.Add(new MemberToScore(householdId, Enum.Parse<Relationship>(reader.GetString(1)), reader.GetString(2), Enum.Parse<Sex>(reader.GetString(3)), new Encrypted(reader.GetString(4))));
        }

        return members;
    }

    private static DbCommand Command(DbConnection connection, string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
