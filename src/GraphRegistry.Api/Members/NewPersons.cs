using System.Globalization;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Statistics;

namespace GraphRegistry.Api.Members;

/// <summary>Makes the person entity of a new member: every personal field encrypted, identifiers blind-indexed.</summary>
public sealed class NewPersons(PersonalDataProtector protector, BlindIndex blindIndex)
{
    public Person Create(NewMemberInput member, string publicId) => new()
    {
        PublicId = publicId,
        NationalId = member.NationalId is { } card ? protector.Protect(PersonalField.PersonNationalId, BlindIndex.Normalise(BlindIndexedField.NationalId, card)) : null,
        NationalIdIndex = NationalIdIndex(member),
        Idcs = member.Idcs is { } idcs ? protector.Protect(PersonalField.PersonIdcs, BlindIndex.Normalise(BlindIndexedField.Idcs, idcs)) : null,
        IdcsIndex = IdcsIndex(member),
        FirstNameArabic = protector.Protect(PersonalField.PersonFirstNameArabic, member.FirstNameArabic.Trim()),
        LastNameArabic = protector.Protect(PersonalField.PersonLastNameArabic, member.LastNameArabic.Trim()),
        FirstNameLatin = protector.Protect(PersonalField.PersonFirstNameLatin, member.FirstNameLatin.Trim()),
        LastNameLatin = protector.Protect(PersonalField.PersonLastNameLatin, member.LastNameLatin.Trim()),
        BirthDate = protector.Protect(PersonalField.PersonBirthDate, member.BirthDate.ToString("O", CultureInfo.InvariantCulture)),
        Sex = member.Sex,
        Disability = protector.Protect(PersonalField.PersonDisability, member.Disability.ToString()),
        RecordKey = RecordKeys.New(),
    };

    /// <summary>The index values a person with this member's national ID may be stored under (two while a blind-index rotation runs).</summary>
    public IReadOnlyList<byte[]> NationalIdCandidates(NewMemberInput member) => member.NationalId is { } card ? blindIndex.Candidates(BlindIndexedField.NationalId, card) : [];

    public IReadOnlyList<byte[]> IdcsCandidates(NewMemberInput member) => member.Idcs is { } idcs ? blindIndex.Candidates(BlindIndexedField.Idcs, idcs) : [];

    private byte[]? NationalIdIndex(NewMemberInput member) => member.NationalId is { } card ? blindIndex.Compute(BlindIndexedField.NationalId, card) : null;

    private byte[]? IdcsIndex(NewMemberInput member) => member.Idcs is { } idcs ? blindIndex.Compute(BlindIndexedField.Idcs, idcs) : null;
}
