using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>
/// Publishes a new score model version from its file's text. The model is checked exactly as a
/// configured file is; a version is published once and never edited. Scores follow with the next
/// rescore, so every stored score keeps naming the model that computed it.
/// </summary>
public sealed class ScoreModelPublisher(IDbContextFactory<RegistryDbContext> contexts, ScoreModelProvider models, TimeProvider clock)
{
    public async Task<PublishedScoreModel> PublishAsync(PublishScoreModelInput input, RegistryPrincipal admin, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.SourceReference))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'sourceReference' must say where the coefficients come from.");
        }

        ScoreModel model;
        try
        {
            model = ScoreModelLoader.Parse(input.Document, "'document'");
        }
        catch (InvalidDataException invalid)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, invalid.Message);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (model.Version == models.Configured.Version || await db.ScoreModels.AnyAsync(m => m.Version == model.Version, cancellationToken))
        {
            throw AlreadyPublished(model.Version);
        }

        var published = new PublishedScoreModel
        {
            Version = model.Version,
            Provenance = model.Provenance,
            Document = input.Document,
            SourceReference = input.SourceReference,
            PublishedBy = admin.Subject,
            PublishedAt = clock.GetUtcNow(),
        };
        db.ScoreModels.Add(published);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index: another administrator published this version a moment ago.
            throw AlreadyPublished(model.Version);
        }

        return published;
    }

    private static RegistryError AlreadyPublished(string version) =>
        new(ErrorCodes.InvalidArgument, $"Model version '{version}' exists already; a model is never edited, publish it under a new version.");
}
