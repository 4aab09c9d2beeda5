using System.Collections.Concurrent;

namespace GraphRegistry.Api.AccessLog;

/// <summary>Per request: the household-data fields resolved, the subjects they belong to, and the lawful basis noted by the guards.</summary>
public sealed class AccessRecorder
{
    private readonly ConcurrentDictionary<string, byte> fields = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> subjects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> bases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> purposes = new(StringComparer.Ordinal);

    public ICollection<string> Fields => fields.Keys;

    public ICollection<string> Subjects => subjects.Keys;

    public bool TouchedHouseholdData => !fields.IsEmpty || !subjects.IsEmpty;

    public void Field(string coordinate) => fields.TryAdd(coordinate, 0);

    public void Subject(string publicId) => subjects.TryAdd(publicId, 0);

    public void Basis(string basis) => bases.TryAdd(basis, 0);

    public void Purpose(string purpose) => purposes.TryAdd(purpose, 0);

    public string? JoinedBases() => Join(bases.Keys);

    public string? JoinedPurposes() => Join(purposes.Keys);

    // A list read under many consents names the first few; the subjects list says whose they were.
    private static string? Join(ICollection<string> values) => values.Count == 0
        ? null
        : string.Join("; ", values.Order(StringComparer.Ordinal).Take(10)) + (values.Count > 10 ? $"; +{values.Count - 10} more" : string.Empty);
}
