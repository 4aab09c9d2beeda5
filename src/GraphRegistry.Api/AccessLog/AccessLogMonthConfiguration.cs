using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.AccessLog;

internal sealed class AccessLogMonthConfiguration : IEntityTypeConfiguration<AccessLogMonth>
{
    public void Configure(EntityTypeBuilder<AccessLogMonth> month)
    {
        month.ToTable("AccessLogMonths");
        month.HasKey(m => m.Month);
        month.Property(m => m.Month).HasMaxLength(7);
        month.Property(m => m.PreviousHash).HasMaxLength(64);
        month.Property(m => m.Seal).HasMaxLength(64);
        month.Property(m => m.LastHash).HasMaxLength(64);
        month.Property(m => m.ArchiveSeal).HasMaxLength(64);
    }
}
