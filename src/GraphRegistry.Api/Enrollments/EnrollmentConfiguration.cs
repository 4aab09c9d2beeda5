using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Enrollments;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> enrollment)
    {
        enrollment.HasOne<Households.Household>().WithMany().HasForeignKey(e => e.HouseholdId);
        enrollment.HasIndex(e => new { e.HouseholdId, e.ProgramCode, e.Id });
        enrollment.HasIndex(e => new { e.ProgramCode, e.HouseholdId });
        enrollment.Property(e => e.ProgramCode).HasMaxLength(32);
        enrollment.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        enrollment.Property(e => e.Reference).HasMaxLength(40);
        enrollment.Property(e => e.RecordedBy).HasMaxLength(128);
    }
}
