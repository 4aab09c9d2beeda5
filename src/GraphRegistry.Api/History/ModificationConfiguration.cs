using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.History;

internal sealed class ModificationConfiguration : IEntityTypeConfiguration<Modification>
{
    public void Configure(EntityTypeBuilder<Modification> modification)
    {
        modification.HasOne(m => m.Household).WithMany().HasForeignKey(m => m.HouseholdId);
        modification.Property(m => m.RecordId).HasMaxLength(48);
        modification.Property(m => m.Field).HasMaxLength(64);
        modification.Property(m => m.ChangedBy).HasMaxLength(100);

        // The history of one household, in order.
        modification.HasIndex(m => new { m.HouseholdId, m.Id });
    }
}
