using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Declarations;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> declaration)
    {
        declaration.HasOne(d => d.Household).WithMany(h => h.Declarations).HasForeignKey(d => d.HouseholdId);
        declaration.HasIndex(d => new { d.HouseholdId, d.Version }).IsUnique();
        declaration.Property(d => d.SubmittedBy).HasMaxLength(64);

        // Flags are stored as their number: one column, and any combination round-trips.
        declaration.Property(d => d.DurableGoods).HasConversion<int>();
        declaration.Property(d => d.AnnualWaterElectricitySpending).HasPrecision(12, 2);
        declaration.Property(d => d.AnnualButaneSpending).HasPrecision(12, 2);
        declaration.Property(d => d.AnnualPhoneSpending).HasPrecision(12, 2);
        declaration.OwnsMany(d => d.MemberSituations, situation => situation.ToJson());
    }
}
