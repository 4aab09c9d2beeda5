using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.AccessLog;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> entry)
    {
        // On PostgreSQL the table is partitioned by month (migration PartitionAccessLogByMonth, by
        // hand): there its key is (Id, OccurredAt) and the unique index (Sequence, OccurredAt),
        // since a partitioned table's unique indexes must hold the partition key. EF keeps the
        // one model of both stores; it never creates or alters this table again.
        entry.ToTable("AccessLog");
        entry.HasIndex(e => e.Sequence).IsUnique();
        entry.HasIndex(e => new { e.AgencyCode, e.Sequence });
        entry.HasIndex(e => new { e.Outcome, e.Sequence });
        entry.Property(e => e.PrincipalKind).HasMaxLength(32);
        entry.Property(e => e.PrincipalSubject).HasMaxLength(100);
        entry.Property(e => e.AgencyCode).HasMaxLength(16);
        entry.Property(e => e.Purpose).HasMaxLength(64);
        entry.Property(e => e.OperationName).HasMaxLength(200);
        entry.Property(e => e.DocumentHash).HasMaxLength(64);
        entry.Property(e => e.RequestId).HasMaxLength(100);
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
        entry.Property(e => e.Hash).HasMaxLength(64);
    }
}
