using GraphQL;

namespace GraphRegistry.Api.Graph;

/// <summary>
/// The one answer of every lookup by identifier when nothing the caller may read has it: not
/// registered, outside the caller's scope, or not covered by a consent or a legal basis. Telling
/// these apart would tell any agency whether a person is in the registry, which in a social
/// registry says they sought aid; only the access log keeps the difference, for officers.
/// </summary>
public sealed class SubjectNotFoundError : ExecutionError
{
    public const string WireMessage = "Not found: nothing with this identifier is registered, or no consent or legal basis lets this caller read it for this purpose.";

    private SubjectNotFoundError(string loggedCode)
        : base(WireMessage)
    {
        Code = ErrorCodes.NotFound;
        LoggedCode = loggedCode;
    }

    /// <summary>What the access log records instead of <see cref="ErrorCodes.NotFound"/>.</summary>
    public string LoggedCode { get; }

    /// <summary>Registered and in scope, but no live consent or legal basis covers this agency, purpose and data.</summary>
    public static SubjectNotFoundError NotCovered() => new(ErrorCodes.NoConsent);

    /// <summary>Nothing with this identifier in the caller's scope. (A new error each time: execution adds its path.)</summary>
    public static SubjectNotFoundError NotRegistered() => new(ErrorCodes.NotFound);
}
