using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.ChangeRequests;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> request)
    {
        request.HasOne(r => r.Household).WithMany().HasForeignKey(r => r.HouseholdId);
        request.HasIndex(r => r.PublicId).IsUnique();
        request.Property(r => r.PublicId).HasMaxLength(32);
        request.Property(r => r.RecordId).HasMaxLength(32);
        request.Property(r => r.Field).HasMaxLength(64);
        request.Property(r => r.RequestedBy).HasMaxLength(100);
        request.Property(r => r.ReviewedBy).HasMaxLength(100);

        // The operators' review queue, oldest first, and each household's own requests.
        request.HasIndex(r => new { r.Status, r.Id });
        request.HasIndex(r => new { r.HouseholdId, r.Id });
    }
}
