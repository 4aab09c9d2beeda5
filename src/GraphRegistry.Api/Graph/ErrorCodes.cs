namespace GraphRegistry.Api.Graph;

/// <summary>
/// The machine-readable codes in <c>errors[].extensions.code</c>; the README documents each.
/// Clients branch on these, never on message text.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The body is not valid JSON.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>Well-formed JSON that is not a GraphQL request: not an object, no query, wrong member types.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    public const string NotAcceptable = "NOT_ACCEPTABLE";

    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseError = "PARSE_ERROR";

    /// <summary>The document parses but fails validation against the schema, or its variables do not fit.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>operationName names no operation of the document, or several operations and no name.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>An argument is well-typed but unusable: a page size over the maximum, a malformed cursor.</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    public const string NotFound = "NOT_FOUND";

    /// <summary>No valid bearer token: missing, malformed, expired, signed by another key, or without the registry claims.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The request touches a field the principal is not granted; nothing was executed.</summary>
    public const string ForbiddenField = "FORBIDDEN_FIELD";

    /// <summary>The principal may not do this at all: an unknown agency, a mutation reserved to administrators.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>An agency read without a declared purpose.</summary>
    public const string PurposeRequired = "PURPOSE_REQUIRED";

    /// <summary>An agency declared a purpose that is not in its agreement.</summary>
    public const string PurposeNotAllowed = "PURPOSE_NOT_ALLOWED";

    /// <summary>
    /// In the access log only: no live consent of the household, and no legal basis, covers this
    /// agency and purpose. The agency reads <see cref="NotFound"/> (<see cref="SubjectNotFoundError"/>).
    /// </summary>
    public const string NoConsent = "NO_CONSENT";

    /// <summary>The access log could not record the request, so no data is returned (fail closed).</summary>
    public const string AuditUnavailable = "AUDIT_UNAVAILABLE";

    /// <summary>A national ID or IDCS that does not have the shape of one; checked before anything is hashed or written.</summary>
    public const string InvalidIdentifier = "INVALID_IDENTIFIER";

    /// <summary>A date that cannot be true: a birth in the future, an event before the person was born.</summary>
    public const string InvalidDate = "INVALID_DATE";

    /// <summary>A household with no head or more than one, or a change that would leave it so.</summary>
    public const string InvalidComposition = "INVALID_COMPOSITION";

    /// <summary>A declaration the registry cannot accept: rooms, spending or member situations out of range.</summary>
    public const string InvalidDeclaration = "INVALID_DECLARATION";

    /// <summary>The national ID or IDCS is already registered (checked through the blind index and a unique index).</summary>
    public const string Duplicate = "DUPLICATE";

    /// <summary>The person already belongs to another household; their departure must be recorded first.</summary>
    public const string AlreadyInHousehold = "ALREADY_IN_HOUSEHOLD";

    /// <summary>The person is not a current member of this household.</summary>
    public const string NotAMember = "NOT_A_MEMBER";

    /// <summary>A change request on a field that cannot be corrected this way (identifiers, sex, computed fields).</summary>
    public const string FieldNotChangeable = "FIELD_NOT_CHANGEABLE";

    /// <summary>The record is not in a state that allows this step: a change request already reviewed, a household not pending verification.</summary>
    public const string InvalidState = "INVALID_STATE";

    /// <summary>Fields nest deeper than the principal's limit.</summary>
    public const string QueryTooDeep = "QUERY_TOO_DEEP";

    /// <summary>The document's estimated cost (list fields count their page size) exceeds the principal's limit.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>The document makes more selections (fields, spreads, inline fragments) than the limit; refused before validation.</summary>
    public const string TooManySelections = "TOO_MANY_SELECTIONS";

    /// <summary>The operation selects more root fields than the principal's limit.</summary>
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";

    /// <summary>The document defines more named fragments than the limit.</summary>
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";

    /// <summary>The query text is longer than the limit (the body limit is separate: PAYLOAD_TOO_LARGE).</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>Execution took longer than the principal's limit and was cancelled; no data is returned.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The agency sent more requests this minute than its quota; Retry-After says when to try again.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The agency read as many distinct households today as its quota allows; Retry-After says when the day ends.</summary>
    public const string SubjectQuotaExceeded = "SUBJECT_QUOTA_EXCEEDED";

    /// <summary>The shared database that counts agency quotas could not count the request, so it is refused and no data is returned (fail closed).</summary>
    public const string QuotaUnavailable = "QUOTA_UNAVAILABLE";

    /// <summary>An analyst's distinct statistics questions for the day are used; extensions.refillsAt says when more may be asked.</summary>
    public const string StatisticsBudgetExhausted = "STATISTICS_BUDGET_EXHAUSTED";

    /// <summary>The agency may only run approved operations by hash, and sent query text.</summary>
    public const string PersistedOnly = "PERSISTED_ONLY";

    /// <summary>The hash names no operation approved for this agency.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>Something failed inside the registry; the message says nothing more, the log has the request id.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
