using System.Text;
using System.Text.Json;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>
/// Reads and checks a model file: a version, a provenance that matches it, both milieus, all twelve
/// regions and a coefficient for every variable. A model that fails any check is never used.
/// </summary>
public static class ScoreModelLoader
{
    public const string EmbeddedModel = "ScoreModel.json";

    public const string IllustrativeProvenance = "ILLUSTRATIVE";

    public const string OfficialProvenance = "OFFICIAL";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ScoreModel Parse(string document, string source) =>
        Load(new MemoryStream(Encoding.UTF8.GetBytes(document)), source);

    public static ScoreModel Load(Stream file, string source)
    {
        ScoreModel? model;
        try
        {
            model = JsonSerializer.Deserialize<ScoreModel>(file, Json);
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"Score model {source} is not a JSON model file.");
        }

        if (model is null)
        {
            throw new InvalidDataException($"Score model {source} is empty.");
        }

        var problems = Problems(model);
        return problems.Count == 0 ? model : throw new InvalidDataException($"Score model {source} is not usable: {string.Join("; ", problems)}.");
    }

    private static List<string> Problems(ScoreModel model)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(model.Version))
        {
            problems.Add("no version");
        }
        else if (model.Provenance is not (IllustrativeProvenance or OfficialProvenance))
        {
            problems.Add($"provenance must be {IllustrativeProvenance} or {OfficialProvenance}");
        }
        else if (model.Version.StartsWith(IllustrativeProvenance, StringComparison.Ordinal) != (model.Provenance == IllustrativeProvenance))
        {
            // Every score shows "illustrative" from its model version, so the two must agree.
            problems.Add($"an {IllustrativeProvenance} model's version starts with '{IllustrativeProvenance}', and only such a model's does");
        }

        foreach (var milieu in new[] { "URBAN", "RURAL" })
        {
            if (model.Variants?.GetValueOrDefault(milieu) is not { } variant)
            {
                problems.Add($"no {milieu} variant");
                continue;
            }

            if (variant.Coefficients is null || variant.RegionAdjustments is null)
            {
                problems.Add($"{milieu}: no coefficients or no region adjustments");
                continue;
            }

            problems.AddRange(ScoreVariables.Names.Where(name => !variant.Coefficients.ContainsKey(name)).Select(name => $"{milieu}: no coefficient for '{name}'"));
            problems.AddRange(variant.Coefficients.Keys.Where(name => !ScoreVariables.Names.Contains(name)).Select(name => $"{milieu}: unknown variable '{name}'"));
            problems.AddRange(Households.Regions.All.Where(r => !variant.RegionAdjustments.ContainsKey(r.Code)).Select(r => $"{milieu}: no adjustment for region {r.Code}"));
        }

        return problems;
    }
}
