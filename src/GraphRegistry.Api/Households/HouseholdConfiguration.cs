using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Households;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> household)
    {
        household.HasIndex(h => h.PublicId).IsUnique();
        household.Property(h => h.PublicId).HasMaxLength(32);
        household.Property(h => h.RegionCode).HasMaxLength(2);
        household.Property(h => h.ProvinceCode).HasMaxLength(8);
        household.Property(h => h.CommuneCode).HasMaxLength(12);

        // Paging walks PublicId order; the filters narrow by region and status first.
        household.HasIndex(h => new { h.RegionCode, h.PublicId });
        household.HasIndex(h => new { h.Status, h.PublicId });
    }
}
