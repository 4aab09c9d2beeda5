using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Agencies;

internal sealed class FieldGrantConfiguration : IEntityTypeConfiguration<FieldGrant>
{
    public void Configure(EntityTypeBuilder<FieldGrant> grant)
    {
        grant.HasIndex(g => new { g.AgencyId, g.Coordinate }).IsUnique();
        grant.Property(g => g.Coordinate).HasMaxLength(100);
        grant.Property(g => g.GrantedBy).HasMaxLength(100);
    }
}
