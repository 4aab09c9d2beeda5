using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Verification;

internal sealed class VerificationCheckConfiguration : IEntityTypeConfiguration<VerificationCheck>
{
    public void Configure(EntityTypeBuilder<VerificationCheck> check)
    {
        check.HasOne<Households.Household>().WithMany().HasForeignKey(c => c.HouseholdId);
        check.Property(c => c.Field).HasMaxLength(64);
        check.Property(c => c.SubjectId).HasMaxLength(32);
        check.HasIndex(c => new { c.HouseholdId, c.Id });
    }
}
