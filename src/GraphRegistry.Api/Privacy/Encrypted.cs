namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Data Protection ciphertext of one personal field. A distinct type, so plaintext can never be
/// assigned to an encrypted column by mistake: only <see cref="PersonalDataProtector"/> makes one.
/// </summary>
public readonly record struct Encrypted(string Ciphertext)
{
    public override string ToString() => "[encrypted]";
}
