using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Eligibility;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<EligibilityDecision>
{
    public void Configure(EntityTypeBuilder<EligibilityDecision> decision)
    {
        decision.Property(d => d.ProgramCode).HasMaxLength(32);
        decision.HasIndex(d => new { d.HouseholdId, d.ProgramCode, d.Id });
    }
}
