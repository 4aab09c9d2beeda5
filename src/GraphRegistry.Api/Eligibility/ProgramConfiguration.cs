using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Eligibility;

internal sealed class ProgramConfiguration : IEntityTypeConfiguration<SocialProgram>
{
    public void Configure(EntityTypeBuilder<SocialProgram> program)
    {
        program.ToTable("Programs");
        program.HasIndex(p => p.Code).IsUnique();
        program.Property(p => p.Code).HasMaxLength(32);
        program.Property(p => p.OwningAgencyCode).HasMaxLength(16);
        program.HasMany(p => p.Thresholds).WithOne().HasForeignKey(t => t.ProgramId);
    }
}
