using System.Collections.Concurrent;
using System.Globalization;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Privacy;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Verification;

/// <summary>
/// The local reference data behind the in-process sources: what each administration records, by
/// subject key (the hex of a person's blind index, or a household's public id) and field. In
/// development it holds what the administrations know of the demo households; tests add records.
/// </summary>
public sealed class AdministrativeRecords
{
    private readonly ConcurrentDictionary<(VerificationSource Source, string Subject, string Field), string> records = new();
    private readonly Lazy<bool> seeded;

    public AdministrativeRecords(IOptions<RegistryDataOptions> options, BlindIndex blindIndex)
    {
        seeded = new(() => SeedDemo(options.Value, blindIndex));
    }

    public void Put(VerificationSource source, string subjectKey, string field, string value)
    {
        _ = seeded.Value;
        records[(source, subjectKey, field)] = value;
    }

    public string? Find(VerificationSource source, string subjectKey, string field)
    {
        _ = seeded.Value;
        return records.GetValueOrDefault((source, subjectKey, field));
    }

    /// <summary>How a person is keyed by the sources: their IDCS blind index, else their national ID's.</summary>
    public static string? KeyOf(byte[]? idcsIndex, byte[]? nationalIdIndex) =>
        (idcsIndex ?? nationalIdIndex) is { } index ? Convert.ToHexString(index) : null;

    // The administrations agree with the demo households as generated: the first seeding run's, by seed.
    private bool SeedDemo(RegistryDataOptions options, BlindIndex blindIndex)
    {
        foreach (var household in new DemoHouseholdGenerator(options.DemoSeed, 0, 0).Generate(Math.Min(options.DemoHouseholds, 10_000)))
        {
            records[(VerificationSource.Utilities, household.PublicId, VerificationFields.Electricity)] = household.Declaration.HasElectricity.ToString();
            foreach (var member in household.Members)
            {
                var key = Convert.ToHexString(blindIndex.Compute(BlindIndexedField.Idcs, member.Idcs));
                records[(VerificationSource.CivilRegistry, key, VerificationFields.BirthDate)] = member.BirthDate.ToString("O", CultureInfo.InvariantCulture);
                records[(VerificationSource.SocialSecurity, key, VerificationFields.HealthCoverage)] = member.Situation.HasHealthCoverage.ToString();
            }
        }

        return true;
    }
}
