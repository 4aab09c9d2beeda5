using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Members;

/// <summary>
/// A person known to the registry. Identifiers and names are stored only encrypted; the two
/// identifiers are also kept as blind indexes so they can be looked up by equality.
/// </summary>
public sealed class Person
{
    public long Id { get; set; }

    public required string PublicId { get; set; }

    /// <summary>CNIE number; children and some elderly people have none.</summary>
    public Encrypted? NationalId { get; set; }

    public byte[]? NationalIdIndex { get; set; }

    /// <summary>Civil-registry identifier (IDCS), nine digits.</summary>
    public Encrypted? Idcs { get; set; }

    public byte[]? IdcsIndex { get; set; }

    public Encrypted FirstNameArabic { get; set; }

    public Encrypted LastNameArabic { get; set; }

    public Encrypted FirstNameLatin { get; set; }

    public Encrypted LastNameLatin { get; set; }

    /// <summary>ISO 8601 date, encrypted.</summary>
    public Encrypted BirthDate { get; set; }

    public Sex Sex { get; set; }

    /// <summary>A <see cref="Members.Disability"/> name, encrypted: health data is special-category data.</summary>
    public Encrypted Disability { get; set; }

    public DateOnly? DeathDate { get; set; }

    /// <summary>The person's record key for perturbed statistics (<see cref="Statistics.RecordKeys"/>); never exposed.</summary>
    public long RecordKey { get; set; }

    public List<Membership> Memberships { get; } = [];
}
