using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>
/// The model in force: the latest one an administrator published, otherwise the file named by
/// Registry:Scoring:ModelFile, otherwise the embedded illustrative model.
/// </summary>
public sealed class ScoreModelProvider(IOptions<ScoringOptions> options, IHostEnvironment environment, IDbContextFactory<RegistryDbContext> contexts)
{
    private readonly Lazy<ScoreModel> configured = new(() => Load(options.Value, environment));

    // Parsed once per published version; every node asks the database which version is latest,
    // so a model published through another node is used from the next batch on.
    private Published? published;

    public ScoreModel Configured => configured.Value;

    public async Task<ScoreModel> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.ScoreModels.OrderByDescending(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is not { } id)
        {
            return Configured;
        }

        var cached = published;
        if (cached?.Id == id)
        {
            return cached.Model;
        }

        var document = await db.ScoreModels.Where(m => m.Id == id).Select(m => m.Document).SingleAsync(cancellationToken);
        var model = ScoreModelLoader.Parse(document, $"published score model #{id}");
        published = new Published(id, model);
        return model;
    }

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

    private sealed record Published(long Id, ScoreModel Model);
}
