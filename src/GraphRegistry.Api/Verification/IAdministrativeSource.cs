namespace GraphRegistry.Api.Verification;

/// <summary>
/// An administration's system that confirms or contradicts declared values. Implementations may be
/// slow or down: the verifier bounds every call with a timeout and records UNAVAILABLE instead.
/// </summary>
public interface IAdministrativeSource
{
    VerificationSource Source { get; }

    /// <summary>The fields this source checks; each is recorded UNAVAILABLE when the source does not answer.</summary>
    IReadOnlyList<string> Fields { get; }

    Task<IReadOnlyList<SourceFinding>> CheckAsync(VerificationSubject subject, CancellationToken cancellationToken);
}
