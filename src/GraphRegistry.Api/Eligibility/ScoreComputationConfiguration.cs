using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Eligibility;

internal sealed class ScoreComputationConfiguration : IEntityTypeConfiguration<ScoreComputation>
{
    public void Configure(EntityTypeBuilder<ScoreComputation> score)
    {
        score.Ignore(s => s.FinalScore);
        score.Property(s => s.ModelVersion).HasMaxLength(64);
        score.Property(s => s.RunId).HasMaxLength(64);
        score.HasIndex(s => new { s.HouseholdId, s.Id });
        score.HasIndex(s => new { s.RunId, s.HouseholdId });
        score.OwnsMany(s => s.Contributions, contribution => contribution.ToJson());
    }
}
