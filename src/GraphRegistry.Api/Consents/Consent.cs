namespace GraphRegistry.Api.Consents;

/// <summary>
/// A household's consent that one agency reads its data for some purposes until a date. Terms are
/// immutable once given: a change is a new consent; the only later write is the withdrawal time.
/// </summary>
public sealed class Consent
{
    public long Id { get; set; }

    public required string PublicId { get; set; }

    /// <summary>The person who gave it (the data subject speaking for the household).</summary>
    public long SubjectPersonId { get; set; }

    public long HouseholdId { get; set; }

    public required string AgencyCode { get; set; }

    public List<string> Purposes { get; set; } = [];

    /// <summary>The kinds of data covered; a read asking for anything else is not covered.</summary>
    public List<DataCategory> DataCategories { get; set; } = [];

    public LegalBasisKind LegalBasis { get; set; }

    public CollectionMethod CollectionMethod { get; set; }

    /// <summary>Who recorded it: the citizen online, or the operator at a desk.</summary>
    public required string RecordedBy { get; set; }

    public DateTime GivenAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public ConsentStatus StatusAt(DateTime now) =>
        WithdrawnAt is not null ? ConsentStatus.Withdrawn : ExpiresAt <= now ? ConsentStatus.Expired : ConsentStatus.Given;
}
