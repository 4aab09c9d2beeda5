namespace GraphRegistry.Api.Privacy;

/// <summary>The secret behind every blind index: 32 random bytes, base64 in a file of its own.</summary>
public static class BlindIndexKey
{
    public const int Length = 32;

    public static byte[] Load(string file)
    {
        var bytes = Convert.FromBase64String(File.ReadAllText(file).Trim());
        return bytes.Length == Length
            ? bytes
            : throw new MissingKeyMaterialException($"The blind-index key in '{file}' is not {Length} bytes long.");
    }
}
