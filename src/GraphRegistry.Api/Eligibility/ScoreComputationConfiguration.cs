using GraphRegistry.Api.Eligibility.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
        // One JSON text per score, converted as a value: bulk rescoring writes millions of these,
        // and tracking 31 owned entities per score cost more than the scoring itself.
        score.Property(s => s.Contributions).HasConversion(
            contributions => ContributionsJson.Write(contributions),
            json => ContributionsJson.Read(json),
            new ValueComparer<List<VariableContribution>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, c) => HashCode.Combine(hash, c)), list => list.ToList()));
    }
}
