using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.TrustedDocuments;

internal sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> document)
    {
        document.HasIndex(d => new { d.AgencyCode, d.Hash }).IsUnique();
        document.Property(d => d.AgencyCode).HasMaxLength(16);
        document.Property(d => d.Hash).HasMaxLength(64);
        document.Property(d => d.OperationName).HasMaxLength(200);
        document.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        document.Property(d => d.SubmittedBy).HasMaxLength(200);
        document.Property(d => d.DecidedBy).HasMaxLength(200);
        document.Property(d => d.Reason).HasMaxLength(500);
    }
}
