namespace GraphRegistry.Api.Privacy;

/// <summary>The registry's own secrets (blind-index, chain and pseudonym keys): 32 random bytes each, stored as base64.</summary>
public static class BlindIndexKey
{
    public const int Length = 32;

    public static byte[] Parse(string base64, string location)
    {
        var bytes = Convert.FromBase64String(base64.Trim());
        return bytes.Length == Length
            ? bytes
            : throw new MissingKeyMaterialException($"The key in {location} is not {Length} bytes long.");
    }
}
