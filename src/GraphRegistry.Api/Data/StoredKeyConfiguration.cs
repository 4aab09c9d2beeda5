using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Data;

internal sealed class StoredKeyConfiguration : IEntityTypeConfiguration<StoredKey>
{
    public void Configure(EntityTypeBuilder<StoredKey> key)
    {
        key.ToTable("KeyMaterial");
        key.HasKey(k => k.Name);
        key.Property(k => k.Name).HasMaxLength(100);
    }
}
