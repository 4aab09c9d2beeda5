using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Declarations;

/// <summary>The bulk paths write and read the situations column exactly as EF's JSON mapping does.</summary>
public sealed class MemberSituationsJsonTests : IDisposable
{
    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 1, ownsDirectory: true, "Development");

    [Fact]
    public async Task What_EF_stores_is_what_the_bulk_writer_writes_and_reads_back_unchanged()
    {
        _ = registry.CreateClient();
        List<MemberSituation> situations =
        [
            new() { PersonPublicId = "p_first", EducationLevel = EducationLevel.Higher, EnrolledInSchool = false, EmploymentStatus = EmploymentStatus.SelfEmployed, HasHealthCoverage = true },
            new() { PersonPublicId = "p_second", EducationLevel = EducationLevel.None, EnrolledInSchool = true, EmploymentStatus = EmploymentStatus.NotOfWorkingAge, HasHealthCoverage = false },
        ];
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var household = await db.Households.SingleAsync();
        db.Declarations.Add(new Declaration { HouseholdId = household.Id, Version = 99, MemberSituations = situations, SubmittedBy = "test", SubmittedAt = DateTimeOffset.UnixEpoch });
        await db.SaveChangesAsync();

        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"MemberSituations\" AS \"Value\" FROM \"Declarations\" WHERE \"Version\" = 99").SingleAsync();
        var read = MemberSituationsJson.Read(stored);

        // SQLite keeps the text as EF wrote it; PostgreSQL's jsonb keeps the value, not the spacing or key order.
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(stored), System.Text.Json.Nodes.JsonNode.Parse(MemberSituationsJson.Write(situations))));
        if (!TestDatabase.IsPostgreSql)
        {
            Assert.Equal(stored, MemberSituationsJson.Write(situations));
        }

        Assert.Equal(
            situations.Select(s => (s.PersonPublicId, s.EducationLevel, s.EnrolledInSchool, s.EmploymentStatus, s.HasHealthCoverage)),
            read.Select(s => (s.PersonPublicId, s.EducationLevel, s.EnrolledInSchool, s.EmploymentStatus, s.HasHealthCoverage)));
    }

    public void Dispose() => registry.Dispose();
}
