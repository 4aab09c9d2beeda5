using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphRegistry.Api.Members;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.HasIndex(p => p.PublicId).IsUnique();
        person.Property(p => p.PublicId).HasMaxLength(32);

        // Unique blind indexes: no identifier can be registered twice, and lookups are index seeks.
        person.HasIndex(p => p.NationalIdIndex).IsUnique();
        person.HasIndex(p => p.IdcsIndex).IsUnique();
        person.Property(p => p.NationalIdIndex).HasMaxLength(32);
        person.Property(p => p.IdcsIndex).HasMaxLength(32);
    }
}
