using System.Text.Json;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>Reads and checks a model file: both milieus, all twelve regions, a coefficient for every variable.</summary>
public static class ScoreModelLoader
{
    public const string EmbeddedModel = "ScoreModel.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ScoreModel Load(Stream file, string source)
    {
        var model = JsonSerializer.Deserialize<ScoreModel>(file, Json) ?? throw new InvalidDataException($"{source} is empty.");
        var problems = new List<string>();
        foreach (var milieu in new[] { "URBAN", "RURAL" })
        {
            if (!model.Variants.TryGetValue(milieu, out var variant))
            {
                problems.Add($"no {milieu} variant");
                continue;
            }

            problems.AddRange(ScoreVariables.Names.Where(name => !variant.Coefficients.ContainsKey(name)).Select(name => $"{milieu}: no coefficient for '{name}'"));
            problems.AddRange(variant.Coefficients.Keys.Where(name => !ScoreVariables.Names.Contains(name)).Select(name => $"{milieu}: unknown variable '{name}'"));
            problems.AddRange(Households.Regions.All.Where(r => !variant.RegionAdjustments.ContainsKey(r.Code)).Select(r => $"{milieu}: no adjustment for region {r.Code}"));
        }

        if (string.IsNullOrWhiteSpace(model.Version))
        {
            problems.Add("no version");
        }

        return problems.Count == 0 ? model : throw new InvalidDataException($"Score model {source} is not usable: {string.Join("; ", problems)}.");
    }
}
