using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using Microsoft.EntityFrameworkCore.Storage;

namespace GraphRegistry.Api.DemoData;

/// <summary>
/// Writes a batch of encrypted households (with persons, memberships and first declaration) in one
/// transaction, with bulk inserts instead of EF's change tracker: seeding a million households
/// through SaveChanges took most of an hour. Database keys come back matched by public id.
/// </summary>
internal static class DemoHouseholdInserter
{
    private static readonly string[] HouseholdColumns =
        ["PublicId", "RegionCode", "ProvinceCode", "CommuneCode", "Milieu", "Address", "Phone", "Status", "RegisteredAt", "LastDeclarationAt", "RecordKey"];

    private static readonly string[] PersonColumns =
        ["PublicId", "NationalId", "NationalIdIndex", "Idcs", "IdcsIndex", "FirstNameArabic", "LastNameArabic", "FirstNameLatin", "LastNameLatin", "BirthDate", "Sex", "Disability", "DeathDate", "RecordKey"];

    private static readonly string[] MembershipColumns = ["HouseholdId", "PersonId", "Relationship", "StartDate", "EndDate"];

    private static readonly string[] DeclarationColumns =
    [
        "HouseholdId", "Version", "DwellingType", "Rooms", "Tenure", "WaterSource", "HasElectricity", "Sanitation", "CookingFuel", "DurableGoods",
        "AnnualWaterElectricitySpending", "AnnualButaneSpending", "AnnualPhoneSpending", "Source", "SubmittedBy", "SubmittedAt", "MemberSituations",
    ];

    public static async Task InsertAsync(RegistryDbContext db, IReadOnlyList<Household> households, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await InsertHouseholdsAsync(db, transaction, households, cancellationToken);
        await InsertPersonsAsync(db, transaction, households, cancellationToken);
        await InsertMembershipsAsync(db, transaction, households, cancellationToken);
        await InsertDeclarationsAsync(db, transaction, households, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task InsertHouseholdsAsync(RegistryDbContext db, IDbContextTransaction transaction, IReadOnlyList<Household> households, CancellationToken cancellationToken)
    {
        var byPublicId = households.ToDictionary(h => h.PublicId);
        void SetKey(long id, object publicId) => byPublicId[(string)publicId].Id = id;
        await using var insert = RowInsert.Open(db, transaction, typeof(Household), HouseholdColumns, keyedBy: "PublicId");
        foreach (var h in households)
        {
            insert.Add(h.PublicId, h.RegionCode, h.ProvinceCode, h.CommuneCode, h.Milieu, h.Address, h.Phone, h.Status, h.RegisteredAt, h.LastDeclarationAt, h.RecordKey);
            if (insert.IsFull)
            {
                await insert.FlushAsync(SetKey, cancellationToken);
            }
        }

        await insert.FlushAsync(SetKey, cancellationToken);
    }

    private static async Task InsertPersonsAsync(RegistryDbContext db, IDbContextTransaction transaction, IReadOnlyList<Household> households, CancellationToken cancellationToken)
    {
        var persons = households.SelectMany(h => h.Memberships).Select(m => m.Person!).ToList();
        var byPublicId = persons.ToDictionary(p => p.PublicId);
        void SetKey(long id, object publicId) => byPublicId[(string)publicId].Id = id;
        await using var insert = RowInsert.Open(db, transaction, typeof(Person), PersonColumns, keyedBy: "PublicId");
        foreach (var p in persons)
        {
            insert.Add(p.PublicId, p.NationalId, p.NationalIdIndex, p.Idcs, p.IdcsIndex, p.FirstNameArabic, p.LastNameArabic,
                p.FirstNameLatin, p.LastNameLatin, p.BirthDate, p.Sex, p.Disability, p.DeathDate, p.RecordKey);
            if (insert.IsFull)
            {
                await insert.FlushAsync(SetKey, cancellationToken);
            }
        }

        await insert.FlushAsync(SetKey, cancellationToken);
    }

    private static async Task InsertMembershipsAsync(RegistryDbContext db, IDbContextTransaction transaction, IReadOnlyList<Household> households, CancellationToken cancellationToken)
    {
        await using var insert = RowInsert.Open(db, transaction, typeof(Membership), MembershipColumns);
        foreach (var h in households)
        {
            foreach (var m in h.Memberships)
            {
                insert.Add(h.Id, m.Person!.Id, m.Relationship, m.StartDate, m.EndDate);
                if (insert.IsFull)
                {
                    await insert.FlushAsync(onInserted: null, cancellationToken);
                }
            }
        }

        await insert.FlushAsync(onInserted: null, cancellationToken);
    }

    private static async Task InsertDeclarationsAsync(RegistryDbContext db, IDbContextTransaction transaction, IReadOnlyList<Household> households, CancellationToken cancellationToken)
    {
        await using var insert = RowInsert.Open(db, transaction, typeof(Declaration), DeclarationColumns);
        foreach (var h in households)
        {
            foreach (var d in h.Declarations)
            {
                insert.Add(h.Id, d.Version, d.DwellingType, d.Rooms, d.Tenure, d.WaterSource, d.HasElectricity, d.Sanitation,
                    d.CookingFuel, d.DurableGoods, d.AnnualWaterElectricitySpending, d.AnnualButaneSpending, d.AnnualPhoneSpending, d.Source,
                    d.SubmittedBy, d.SubmittedAt, MemberSituationsJson.Write(d.MemberSituations));
                if (insert.IsFull)
                {
                    await insert.FlushAsync(onInserted: null, cancellationToken);
                }
            }
        }

        await insert.FlushAsync(onInserted: null, cancellationToken);
    }
}
