using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.HasIndex(a => a.Code).IsUnique();
        agency.Property(a => a.Code).HasMaxLength(16);
        agency.Property(a => a.Name).HasMaxLength(200);
        agency.Property(a => a.LegalBasisReference).HasMaxLength(300);
        agency.OwnsMany(a => a.Purposes, purpose => purpose.ToJson());
        agency.OwnsOne(a => a.Limits, limits => limits.ToJson());
        agency.HasMany(a => a.Grants).WithOne().HasForeignKey(g => g.AgencyId);
    }
}
