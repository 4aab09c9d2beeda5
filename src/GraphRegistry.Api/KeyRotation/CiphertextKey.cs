using System.Buffers.Text;

namespace GraphRegistry.Api.KeyRotation;

/// <summary>
/// Which Data Protection key protected a value, read from the ciphertext's clear header (a 4-byte
/// magic number and the 16-byte key id, base64url-encoded) without decrypting anything. The same
/// header as a text prefix lets the database count or find the values under a key.
/// </summary>
public static class CiphertextKey
{
    /// <summary>Characters of text that encode only header bits: the magic number and all but the key id's last 4 bits.</summary>
    public const int PrefixLength = 26;

    private const int HeaderLength = 20;
    private static readonly byte[] MagicHeader = [0x09, 0xF0, 0xC9, 0xF0];

    /// <summary>The key id in the header, or null for a text that is not a Data Protection payload.</summary>
    public static Guid? IdOf(string ciphertext)
    {
        Span<byte> header = stackalloc byte[21];
        if (ciphertext.Length < 28
            || Base64Url.DecodeFromChars(ciphertext.AsSpan(0, 28), header, out _, out var written) != System.Buffers.OperationStatus.Done
            || written < HeaderLength
            || !header[..4].SequenceEqual(MagicHeader))
        {
            return null;
        }

        return new Guid(header.Slice(4, 16));
    }

    /// <summary>The text every value protected under <paramref name="keyId"/> starts with.</summary>
    public static string PrefixOf(Guid keyId)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        MagicHeader.CopyTo(header);
        keyId.TryWriteBytes(header[4..]);
        return Base64Url.EncodeToString(header)[..PrefixLength];
    }
}
