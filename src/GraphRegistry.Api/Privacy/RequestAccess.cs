using System.Collections.Concurrent;
using GraphRegistry.Api.Agencies;

namespace GraphRegistry.Api.Privacy;

/// <summary>The current request's access view, and the response paths that were masked (reported in extensions).</summary>
public sealed class RequestAccess
{
    private readonly ConcurrentQueue<MaskedPath> masked = new();
    private AccessView? view;

    public AccessView View => view ?? throw new InvalidOperationException("The request has no access view; the endpoint sets one before execution.");

    public IReadOnlyCollection<MaskedPath> MaskedPaths => masked;

    /// <summary>
    /// False only under Registry:Benchmarks:PrivacyPipeline=false (Development): the guards that
    /// read this let everything through, so the pipeline's cost can be measured.
    /// </summary>
    public bool Guarded { get; private set; } = true;

    /// <summary>The rows this request may read: the view's row scope, or every row when unguarded.</summary>
    public RowScope Scope => Guarded ? View.Scope : RowScope.All;

    /// <summary>Every granted field the document asks for, noted before execution: what a consent must cover.</summary>
    public ConcurrentDictionary<string, byte> RequestedFields { get; } = new(StringComparer.Ordinal);

    public void Begin(AccessView accessView, bool guarded = true)
    {
        view = accessView;
        Guarded = guarded;
    }

    public const string WithheldReason = "Withheld under the agency's data-sharing agreement.";

    public void RecordMask(IEnumerable<object> path, MaskKind kind) =>
        masked.Enqueue(new MaskedPath(
            string.Join('.', path),
            MaskKindGraphType.WireName(kind),
            kind == MaskKind.NullWithReason ? WithheldReason : null));
}
