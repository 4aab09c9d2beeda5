using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.KeyRotation;

internal sealed class KeyRotationRunConfiguration : IEntityTypeConfiguration<KeyRotationRun>
{
    public void Configure(EntityTypeBuilder<KeyRotationRun> run)
    {
        run.ToTable("KeyRotationRuns");
        run.HasKey(r => r.RunId);
        run.Property(r => r.RunId).HasMaxLength(100);
        run.Property(r => r.TableName).HasMaxLength(100);
        run.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
