using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Members;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.HasOne(m => m.Household).WithMany(h => h.Memberships).HasForeignKey(m => m.HouseholdId);
        membership.HasOne(m => m.Person).WithMany(p => p.Memberships).HasForeignKey(m => m.PersonId);
        membership.HasIndex(m => new { m.HouseholdId, m.EndDate });
        membership.HasIndex(m => new { m.PersonId, m.EndDate });

        // A person belongs to one household at a time, and a household has one head.
        membership.HasIndex(m => m.PersonId).IsUnique().HasFilter("\"EndDate\" IS NULL").HasDatabaseName("IX_Memberships_OneCurrentHouseholdPerPerson");
        membership.HasIndex(m => m.HouseholdId).IsUnique().HasFilter("\"EndDate\" IS NULL AND \"Relationship\" = 'Head'").HasDatabaseName("IX_Memberships_OneHeadPerHousehold");
    }
}
