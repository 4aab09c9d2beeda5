namespace GraphRegistry.Api.AccessLog;

/// <summary>Per request: the household-data fields resolved, the subjects they belong to, and the lawful basis noted by the guards.</summary>
/// <remarks>
/// Resolvers run in parallel, so every write takes the lock. The sets are made on first use: most
/// requests note a handful of values, and four concurrent dictionaries per request were a visible
/// share of an agency lookup's allocations. The collections are read once execution is over.
/// </remarks>
public sealed class AccessRecorder
{
    private readonly Lock gate = new();
    private HashSet<string>? fields;
    private HashSet<string>? subjects;
    private HashSet<string>? bases;
    private HashSet<string>? purposes;

    public IReadOnlyCollection<string> Fields => Snapshot(ref fields);

    public IReadOnlyCollection<string> Subjects => Snapshot(ref subjects);

    public bool TouchedHouseholdData
    {
        get
        {
            lock (gate)
            {
                return fields is { Count: > 0 } || subjects is { Count: > 0 };
            }
        }
    }

    public void Field(string coordinate) => Note(ref fields, coordinate);

    public void Subject(string publicId) => Note(ref subjects, publicId);

    public void Basis(string basis) => Note(ref bases, basis);

    public void Purpose(string purpose) => Note(ref purposes, purpose);

    public string? JoinedBases() => Join(Snapshot(ref bases));

    public string? JoinedPurposes() => Join(Snapshot(ref purposes));

    private void Note(ref HashSet<string>? set, string value)
    {
        lock (gate)
        {
            (set ??= new HashSet<string>(StringComparer.Ordinal)).Add(value);
        }
    }

    private string[] Snapshot(ref HashSet<string>? set)
    {
        lock (gate)
        {
            return set is null ? [] : [.. set];
        }
    }

    // A list read under many consents names the first few; the subjects list says whose they were.
    private static string? Join(IReadOnlyCollection<string> values) => values.Count == 0
        ? null
        : string.Join("; ", values.Order(StringComparer.Ordinal).Take(10)) + (values.Count > 10 ? $"; +{values.Count - 10} more" : string.Empty);
}
