using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// The <c>Contributions</c> column: one <c>[variable, value, coefficient, contribution]</c> array
/// per variable. A bulk run writes one per household, and the property names of the object form
/// (<c>{"Variable":…,"Value":…}</c>) made up half of those bytes: a score row filled a whole SQLite
/// page. Rows written in the object form before are still read.
/// </summary>
/// <remarks>
/// Numbers go through <see cref="Utf8JsonWriter"/> and <see cref="Utf8JsonReader"/> as they did in
/// the object form, so every double reads back bit for bit.
/// </remarks>
internal static class ContributionsJson
{
    // Models have a few dozen coefficients each; the bound only guards against a runaway.
    private const int MaxCachedCoefficients = 4096;

    // The text of each coefficient seen, as WriteNumber writes it: every household repeats them,
    // and the shortest round-trip digits of a double were most of a row's conversion. Keyed by
    // the bits, so -0 and 0 stay apart.
    private static readonly ConcurrentDictionary<long, byte[]> CoefficientTexts = new();

    // Counted here: ConcurrentDictionary.Count takes every lock, on each miss once the cache is full.
    private static int CachedCoefficientCount;

    public static string Write(IReadOnlyList<VariableContribution> contributions) => JsonText.Write(contributions, static (json, list) =>
    {
        json.WriteStartArray();
        foreach (var contribution in list)
        {
            json.WriteStartArray();
            json.WriteStringValue(contribution.Variable);
            WriteNumber(json, contribution.Value);
            WriteCoefficient(json, contribution.Coefficient);

            // A contribution often equals its coefficient (an indicator set to 1).
            if (CoefficientTexts.TryGetValue(BitConverter.DoubleToInt64Bits(contribution.Contribution), out var known))
            {
                json.WriteRawValue(known, skipInputValidation: true);
            }
            else
            {
                WriteNumber(json, contribution.Contribution);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    });

    public static List<VariableContribution> Read(string text)
    {
        if (IsObjectForm(text))
        {
            return JsonSerializer.Deserialize(text, EligibilityJson.Default.ListVariableContribution) ?? [];
        }

        var contributions = new List<VariableContribution>(ScoreVariables.Names.Count);
        var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        json.Read();
        while (json.Read() && json.TokenType == JsonTokenType.StartArray)
        {
            json.Read();
            var variable = json.GetString()!;
            json.Read();
            var value = json.GetDouble();
            json.Read();
            var coefficient = json.GetDouble();
            json.Read();
            var contribution = json.GetDouble();
            json.Read();
            contributions.Add(new VariableContribution(variable, value, coefficient, contribution));
        }

        return contributions;
    }

    // Most values are whole (indicators, counts, zeros): as integers they are the same text the
    // double form gives ("5", "0"), without its search for the shortest round-trip digits, which
    // was most of a score row's conversion. Negative zero and large values keep the double form
    // ("-0", "1E+15").
    private static void WriteNumber(Utf8JsonWriter json, double value)
    {
        if (value % 1 == 0 && Math.Abs(value) < 1e9 && !(value == 0 && double.IsNegative(value)))
        {
            json.WriteNumberValue((long)value);
        }
        else
        {
            json.WriteNumberValue(value);
        }
    }

    private static void WriteCoefficient(Utf8JsonWriter json, double coefficient)
    {
        var bits = BitConverter.DoubleToInt64Bits(coefficient);
        if (!CoefficientTexts.TryGetValue(bits, out var text))
        {
            if (Volatile.Read(ref CachedCoefficientCount) >= MaxCachedCoefficients)
            {
                WriteNumber(json, coefficient);
                return;
            }

            text = Encoding.UTF8.GetBytes(JsonText.Write(coefficient, WriteNumber));
            if (CoefficientTexts.TryAdd(bits, text))
            {
                Interlocked.Increment(ref CachedCoefficientCount);
            }
        }

        json.WriteRawValue(text, skipInputValidation: true);
    }

    // The object form opens with "[{", the array form with "[[" (or is "[]").
    private static bool IsObjectForm(string text) => text.AsSpan().TrimStart() is ['[', .. var rest] && rest.TrimStart() is ['{', ..];
}
