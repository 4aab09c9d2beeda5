using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.WebPages;

/// <summary>
/// What the French and Arabic pages must word and must never show, taken from the registry's own
/// sources (the seeds, the score models, the code's sentence tables), so that a new programme,
/// variable, purpose or field without a catalogue entry fails a test instead of leaking English.
/// </summary>
internal static partial class PageVocabulary
{
    /// <summary>Every catalogue key the registry's codes need on the pages.</summary>
    public static List<string> RequiredKeys()
    {
        using var policies = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "agency-policies.json")));
        using var programs = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "programs.json")));
        var agencies = policies.RootElement.GetProperty("agencies").EnumerateArray().ToList();
        return
        [
            .. agencies.Select(a => "agency." + a.GetProperty("code").GetString()),
            .. agencies.SelectMany(a => a.GetProperty("purposes").EnumerateArray()).Select(p => "purpose." + p.GetProperty("code").GetString()),
            .. programs.RootElement.GetProperty("programs").EnumerateArray().Select(p => "program." + p.GetProperty("code").GetString()),
            .. Constants(typeof(ReasonCode)).Select(code => "reason." + code),
            .. ScoreVariables().Select(variable => "variable." + variable),
            .. FieldLabels.Coordinates.Select(field => "field." + field),
        ];
    }

    /// <summary>English snippets of the page's text: the API's English words, snake_case codes, English words.</summary>
    public static List<string> Leaks(string text)
    {
        var phrases = EnglishPhrases().Where(phrase => text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        var snakeCase = SnakeCase().Matches(text).Select(m => m.Value)
            .Where(token => token.Split('_').Count(part => part.All(char.IsAsciiLetterLower)) >= 2);

        // Codes the pages show on purpose (CNSS, NO_CONSENT, Household.region) are not English prose.
        var prose = Coordinate().Replace(ConstantCode().Replace(text, " "), " ");
        var words = EnglishWord().Matches(prose).Select(m => m.Value);
        return [.. phrases, .. snakeCase, .. words];
    }

    private static IEnumerable<string> EnglishPhrases()
    {
        using var policies = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "agency-policies.json")));
        using var programs = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "programs.json")));
        var agencies = policies.RootElement.GetProperty("agencies").EnumerateArray().ToList();
        return
        [
            .. agencies.Select(a => a.GetProperty("name").GetString()!),
            .. agencies.SelectMany(a => a.GetProperty("purposes").EnumerateArray()).Select(p => p.GetProperty("description").GetString()!),
            .. programs.RootElement.GetProperty("programs").EnumerateArray().Select(p => p.GetProperty("name").GetString()!),
            .. Constants(typeof(CriterionSentence)),
            EligibilityEvaluator.ThresholdMet,
            EligibilityEvaluator.ThresholdNotMet,
            .. FieldLabels.Coordinates.Select(field => FieldLabels.Describe(new CitizenAccessField(field, PartlyHidden: false))),
            "partly hidden",
            "a registry operator",
            "a privacy officer",
        ];
    }

    private static IEnumerable<string> ScoreVariables() => Directory.GetFiles(Path.Combine(RepositoryPaths.Schema, "score-models"), "*.json")
        .SelectMany(file =>
        {
            using var model = JsonDocument.Parse(File.ReadAllText(file));
            return model.RootElement.GetProperty("variants").EnumerateObject()
                .SelectMany(variant => variant.Value.GetProperty("coefficients").EnumerateObject().Select(c => c.Name))
                .ToList();
        })
        .Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Constants(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!);

    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b")]
    private static partial Regex ConstantCode();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+\.[a-z][A-Za-z]+\b")]
    private static partial Regex Coordinate();

    [GeneratedRegex(@"\b(?:the|your|yours|household|member|members|aged|older|coverage|threshold|read|checking|enrolling|paying|recording|eligible|for|with|and)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
