using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Consents;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> consent)
    {
        consent.HasIndex(c => c.PublicId).IsUnique();
        consent.Property(c => c.PublicId).HasMaxLength(32);
        consent.Property(c => c.AgencyCode).HasMaxLength(16);
        consent.Property(c => c.RecordedBy).HasMaxLength(100);

        // The consent check of every agency read: this household, this agency, still live.
        consent.HasIndex(c => new { c.HouseholdId, c.AgencyCode, c.ExpiresAt });
    }
}
