namespace GraphRegistry.Api.DemoData;

/// <summary>
/// CNIE-style national IDs and 9-digit IDCS derived from a person's ordinal through an affine
/// permutation of the identifier space: unique for distinct ordinals, yet scattered like real ones.
/// </summary>
internal static class DemoIdentifiers
{
    private static readonly string[] CardPrefixes =
    [
        "A", "AA", "AB", "AD", "B", "BB", "BE", "BH", "BJ", "BK", "BL", "C", "CB", "CD", "D", "DA", "E", "EE",
        "F", "FA", "G", "GA", "GK", "H", "HA", "I", "IA", "J", "JA", "JB", "JC", "K", "KB", "L", "LA", "M", "N", "P", "Q", "R",
    ];

    private const long CardDigits = 1_000_000;
    private const long IdcsSpace = 900_000_000;

    public static string NationalId(long ordinal)
    {
        var space = CardPrefixes.Length * CardDigits;
        var scattered = Permute(ordinal, 7_919_123, 1_234_567, space);
        return $"{CardPrefixes[scattered / CardDigits]}{scattered % CardDigits:D6}";
    }

    public static string Idcs(long ordinal) =>
        (100_000_000 + Permute(ordinal, 48_271_003, 98_765_431, IdcsSpace)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // multiplier is coprime with space, so ordinal -> (ordinal * multiplier + offset) mod space is a bijection.
    private static long Permute(long ordinal, long multiplier, long offset, long space)
    {
        if (ordinal >= space)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), "The demo identifier space is exhausted.");
        }

        return (long)((((Int128)ordinal * multiplier) + offset) % space);
    }
}
