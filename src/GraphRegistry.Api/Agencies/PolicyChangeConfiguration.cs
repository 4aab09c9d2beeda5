using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Agencies;

internal sealed class PolicyChangeConfiguration : IEntityTypeConfiguration<PolicyChange>
{
    public void Configure(EntityTypeBuilder<PolicyChange> change)
    {
        change.HasIndex(c => new { c.AgencyCode, c.ChangedAt });
        change.Property(c => c.AgencyCode).HasMaxLength(16);
        change.Property(c => c.Coordinate).HasMaxLength(100);
        change.Property(c => c.Change).HasMaxLength(64);
        change.Property(c => c.ChangedBy).HasMaxLength(100);
    }
}
