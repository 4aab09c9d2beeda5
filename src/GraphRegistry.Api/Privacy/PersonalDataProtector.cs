using System.Collections.Frozen;
using System.Security.Cryptography;
using GraphRegistry.Api.KeyRotation;
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
    private readonly KeyRingReload reload;
    private long decryptions;

    public PersonalDataProtector(IDataProtectionProvider provider, KeyRingReload reload)
    {
        this.reload = reload;
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
        return Unprotect(field, value);
    }

    /// <summary>The same value protected again under the key ring's current key; what rotate-keys writes back.</summary>
    public Encrypted Reprotect(PersonalField field, Encrypted value) => Protect(field, Unprotect(field, value));

    private string Unprotect(PersonalField field, Encrypted value)
    {
        try
        {
            return protectors[field].Unprotect(value.Ciphertext);
        }
        catch (CryptographicException) when (CiphertextKey.IdOf(value.Ciphertext) is { } keyId && reload.TryLoad(keyId))
        {
            // Written under a key made after this node last read the ring (a rotation is running).
            return protectors[field].Unprotect(value.Ciphertext);
        }
    }
}
