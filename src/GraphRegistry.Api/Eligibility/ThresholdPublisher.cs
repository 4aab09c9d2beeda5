using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// Publishes a new threshold version: it starts after the version in force, which it closes the day
/// before; versions never overlap and are never edited. New decisions follow with the next rescore.
/// </summary>
public sealed class ThresholdPublisher(IDbContextFactory<RegistryDbContext> contexts)
{
    public async Task<ThresholdVersion> PublishAsync(PublishThresholdInput input, CancellationToken cancellationToken)
    {
        if (!double.IsFinite(input.Threshold) || input.Threshold <= 0 || input.Threshold >= 100)
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'threshold' must be a positive score below 100.");
        }

        if (string.IsNullOrWhiteSpace(input.SourceReference))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, "'sourceReference' must say where the threshold comes from.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var program = await db.Programs.Include(p => p.Thresholds).SingleOrDefaultAsync(p => p.Code == input.Program, cancellationToken)
            ?? throw new RegistryError(ErrorCodes.NotFound, "No programme has this code.");
        var latest = program.Thresholds.MaxBy(t => t.Version);
        if (latest is not null && (input.EffectiveFrom <= latest.EffectiveFrom || (latest.EffectiveTo is { } end && input.EffectiveFrom <= end)))
        {
            throw new RegistryError(ErrorCodes.InvalidArgument, $"The new threshold would overlap version {latest.Version}, in force from {latest.EffectiveFrom:yyyy-MM-dd}; it must start later.");
        }

        if (latest is not null)
        {
            latest.EffectiveTo = input.EffectiveFrom.AddDays(-1);
        }

        var version = new ThresholdVersion
        {
            Version = (latest?.Version ?? 0) + 1,
            Threshold = input.Threshold,
            Comparator = input.Comparator,
            EffectiveFrom = input.EffectiveFrom,
            Provenance = input.Provenance,
            SourceReference = input.SourceReference,
            ExtraCriteria = [.. input.Criteria ?? []],
        };
        program.Thresholds.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}
