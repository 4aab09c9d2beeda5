using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Statistics;

internal sealed class AnalystBudgetConfiguration : IEntityTypeConfiguration<AnalystBudget>
{
    public void Configure(EntityTypeBuilder<AnalystBudget> budget)
    {
        budget.HasKey(b => new { b.Analyst, b.Day });
        budget.Property(b => b.Analyst).HasMaxLength(200);
        budget.Property(b => b.Day).HasMaxLength(10);
    }
}
