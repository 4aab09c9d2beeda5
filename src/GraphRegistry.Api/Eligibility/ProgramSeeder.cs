using System.Text.Json;
using System.Text.Json.Serialization;
using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Eligibility;

/// <summary>Loads the reviewed programmes and thresholds (schema/programs.json) into an empty registry.</summary>
public sealed class ProgramSeeder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) } };

    public static async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Programs.AnyAsync(cancellationToken))
        {
            return;
        }

        await using var file = typeof(ProgramSeeder).Assembly.GetManifestResourceStream("Programs.json")
            ?? throw new InvalidOperationException("The programme seed is not embedded in the assembly.");
        var seed = await JsonSerializer.DeserializeAsync<Seed>(file, Json, cancellationToken) ?? throw new InvalidOperationException("schema/programs.json is empty.");
        foreach (var entry in seed.Programs)
        {
            var program = new SocialProgram { Code = entry.Code, Name = entry.Name, OwningAgencyCode = entry.Agency, EnrollmentPurpose = entry.EnrollmentPurpose };
            program.Thresholds.Add(new ThresholdVersion
            {
                Version = 1,
                Threshold = entry.Threshold,
                Comparator = entry.Comparator,
                EffectiveFrom = entry.EffectiveFrom,
                Provenance = entry.Provenance,
                SourceReference = entry.Source,
                ExtraCriteria = [.. entry.Criteria.Select(ParseCriterion)],
            });
            db.Programs.Add(program);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // CHILD_AGED_6_TO_18_IN_SCHOOL and the like: the enum name without underscores, any case.
    private static ExtraCriterion ParseCriterion(string text) =>
        Enum.TryParse<ExtraCriterion>(text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var criterion)
            ? criterion
            : throw new InvalidOperationException($"schema/programs.json names an unknown criterion '{text}'.");

    private sealed record Seed(IReadOnlyList<Entry> Programs);

    private sealed record Entry(string Code, string Name, string Agency, double Threshold, Comparator Comparator, DateOnly EffectiveFrom, Provenance Provenance, string Source, IReadOnlyList<string> Criteria, string? EnrollmentPurpose);
}
