using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>The model in force: the file named by Registry:Scoring:ModelFile, or the embedded illustrative model.</summary>
public sealed class ScoreModelProvider(IOptions<ScoringOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<ScoreModel> model = new(() => Load(options.Value, environment));

    public ScoreModel Model => model.Value;

    private static ScoreModel Load(ScoringOptions options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.ModelFile))
        {
            using var embedded = typeof(ScoreModelProvider).Assembly.GetManifestResourceStream(ScoreModelLoader.EmbeddedModel)!;
            return ScoreModelLoader.Load(embedded, "schema/score-models/illustrative-2025.1.json");
        }

        var path = Path.GetFullPath(options.ModelFile, environment.ContentRootPath);
        using var file = File.OpenRead(path);
        return ScoreModelLoader.Load(file, path);
    }
}
