using System.Collections.Frozen;
using Microsoft.AspNetCore.DataProtection;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Encrypts and decrypts personal fields with ASP.NET Core Data Protection, one purpose per field.
/// Resolvers call <see cref="Reveal"/> only for fields a response carries; nothing decrypts whole rows.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string PurposeRoot = "GraphRegistry.PersonalData.v1";

    private readonly FrozenDictionary<PersonalField, IDataProtector> protectors;
    private long decryptions;

    public PersonalDataProtector(IDataProtectionProvider provider)
    {
        protectors = Enum.GetValues<PersonalField>().ToFrozenDictionary(
            field => field,
            field => provider.CreateProtector(PurposeRoot, field.ToString()));
    }

    /// <summary>How many values were decrypted since start; lets tests prove decryption is lazy.</summary>
    public long Decryptions => Interlocked.Read(ref decryptions);

    public Encrypted Protect(PersonalField field, string plaintext) =>
        new(protectors[field].Protect(plaintext));

    public Encrypted? ProtectOptional(PersonalField field, string? plaintext) =>
        plaintext is null ? null : Protect(field, plaintext);

    public string Reveal(PersonalField field, Encrypted value)
    {
        Interlocked.Increment(ref decryptions);
        Operations.RegistryTelemetry.Decrypted();
        return protectors[field].Unprotect(value.Ciphertext);
    }
}
