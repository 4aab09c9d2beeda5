using GraphRegistry.Api.Agencies;

namespace GraphRegistry.Api.Privacy;

/// <summary>The current request's access view, and the response paths that were masked (reported in extensions).</summary>
public sealed class RequestAccess
{
    // Made on first use and written under the lock (resolvers run in parallel): most requests mask
    // nothing, and a concurrent queue per request was a visible share of a lookup's allocations.
    private readonly Lock gate = new();
    private readonly HashSet<string> requestedFields = new(StringComparer.Ordinal);
    private List<MaskedPath>? masked;
    private AccessView? view;

    public AccessView View => view ?? throw new InvalidOperationException("The request has no access view; the endpoint sets one before execution.");

    /// <summary>Read once execution is over.</summary>
    public IReadOnlyCollection<MaskedPath> MaskedPaths
    {
        get
        {
            lock (gate)
            {
                return masked is null ? [] : [.. masked];
            }
        }
    }

    /// <summary>
    /// False only under Registry:Benchmarks:PrivacyPipeline=false (Development): the guards that
    /// read this let everything through, so the pipeline's cost can be measured.
    /// </summary>
    public bool Guarded { get; private set; } = true;

    /// <summary>The rows this request may read: the view's row scope, or every row when unguarded.</summary>
    public RowScope Scope => Guarded ? View.Scope : RowScope.All;

    /// <summary>
    /// Every granted field the document asks for, noted by validation before execution starts
    /// (validation runs on one thread), then only read: what a consent must cover.
    /// </summary>
    public IReadOnlyCollection<string> RequestedFields => requestedFields;

    public void NoteRequestedField(string coordinate) => requestedFields.Add(coordinate);

    public void Begin(AccessView accessView, bool guarded = true)
    {
        view = accessView;
        Guarded = guarded;
    }

    public const string WithheldReason = "Withheld under the agency's data-sharing agreement.";

    public void RecordMask(IEnumerable<object> path, MaskKind kind)
    {
        var entry = new MaskedPath(string.Join('.', path), MaskKindGraphType.WireName(kind), kind == MaskKind.NullWithReason ? WithheldReason : null);
        lock (gate)
        {
            (masked ??= []).Add(entry);
        }
    }
}
