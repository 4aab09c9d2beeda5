using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Statistics;

internal sealed class AnalystQuestionConfiguration : IEntityTypeConfiguration<AnalystQuestion>
{
    public void Configure(EntityTypeBuilder<AnalystQuestion> question)
    {
        question.Property(q => q.Analyst).HasMaxLength(200);
        question.Property(q => q.Day).HasMaxLength(10);
        question.Property(q => q.Fingerprint).HasMaxLength(64);
        question.HasIndex(q => new { q.Analyst, q.Day, q.Fingerprint }).IsUnique();
    }
}
