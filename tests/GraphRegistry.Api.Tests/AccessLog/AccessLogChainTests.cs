using System.Globalization;
using System.Text.Json;
using GraphRegistry.Api.AccessLog;

namespace GraphRegistry.Api.Tests.AccessLog;

/// <summary>The canonical form is written without reflection, and must stay byte for byte what chains already hold.</summary>
public sealed class AccessLogChainTests
{
    [Fact]
    public void The_canonical_form_is_the_serializer_default_of_the_original_array()
    {
        var entry = new AccessLogEntry
        {
            Sequence = 9_876_543_210,
            OccurredAt = new DateTime(2026, 11, 29, 8, 7, 6, DateTimeKind.Unspecified).AddTicks(1234567),
            PrincipalKind = "AGENCY",
            PrincipalSubject = "agency:ANSS <\"quoted\"> & 'x' + \\ \u0001",
            AgencyCode = null,
            Purpose = "ASD_ELIGIBILITY",
            Basis = "LEGAL_BASIS:Loi 58-23, art. 3 — القانون",
            OperationName = null,
            DocumentHash = new string('a', 64),
            Subjects = ["p_zz", "hh_01", "hh_0a"],
            Fields = ["Person.id", "Household.size", "Person.birthDate:MASKED(YEAR_ONLY)"],
            Outcome = AccessOutcome.Denied,
            Reason = "NO_CONSENT",
            RequestId = "0HN:00000001",
            PreviousHash = AccessLogChain.Genesis,
            Hash = string.Empty,
        };

        Assert.Equal(OriginalCanonical(entry), AccessLogChain.Canonical(entry));
    }

    // The first implementation, kept here as the definition every stored hash was computed with.
    private static string OriginalCanonical(AccessLogEntry entry) => JsonSerializer.Serialize(new object?[]
    {
        entry.Sequence,
        DateTime.SpecifyKind(entry.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
        entry.PrincipalKind,
        entry.PrincipalSubject,
        entry.AgencyCode,
        entry.Purpose,
        entry.Basis,
        entry.OperationName,
        entry.DocumentHash,
        entry.Subjects.Order(StringComparer.Ordinal).ToArray(),
        entry.Fields.Order(StringComparer.Ordinal).ToArray(),
        entry.Outcome.ToString(),
        entry.Reason,
        entry.RequestId,
    });
}
