using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Eligibility.Scoring;

internal sealed class PublishedScoreModelConfiguration : IEntityTypeConfiguration<PublishedScoreModel>
{
    public void Configure(EntityTypeBuilder<PublishedScoreModel> model)
    {
        model.ToTable("ScoreModels");
        // Two administrators publishing the same version at once: the database keeps one.
        model.HasIndex(m => m.Version).IsUnique();
        model.Property(m => m.Version).HasMaxLength(64);
        model.Property(m => m.Provenance).HasMaxLength(16);
        model.Property(m => m.PublishedBy).HasMaxLength(128);
    }
}
