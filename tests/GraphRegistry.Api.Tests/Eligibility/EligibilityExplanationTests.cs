using System.Net;
using System.Text.RegularExpressions;
using GraphRegistry.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace GraphRegistry.Api.Tests.Eligibility;

/// <summary>
/// What a citizen and an agency are told about eligibility. Scores of the (synthetic) household are
/// replaced by &lt;score&gt; in the committed snapshots; thresholds, reasons and wording stay.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed partial class EligibilityExplanationTests(SharedRegistry registry)
{
    [Fact]
    public async Task A_citizen_reads_why_they_are_or_are_not_eligible()
    {
        var household = DemoPlaintext.Of(registry)[4];

        var response = await registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId)).PostGraphQLAsync(
            "{ me { household { score { illustrative modelVersion } eligibility { program programName eligible threshold comparator thresholdVersion provenance sourceReference reasons topVariables explanation } } } }");

        Assert.Empty(response.ErrorCodes);
        Assert.True(response.Data.GetProperty("me").GetProperty("household").GetProperty("score").GetProperty("illustrative").GetBoolean());
        Snapshot.Match(RedactScores(response.Indented()));
    }

    [Fact]
    public async Task An_agency_learns_only_its_own_programmes_and_never_the_score()
    {
        var household = DemoPlaintext.Of(registry)[4];

        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { eligibilityCheck(household: $id, purpose: \"ASD_ELIGIBILITY\") { program eligible reasons } }", new { id = household.PublicId });

        Assert.Empty(response.ErrorCodes);
        Assert.DoesNotContain("score", response.Body, StringComparison.Ordinal);
        Assert.Equal(["ASD"], response.Data.GetProperty("eligibilityCheck").EnumerateArray().Select(e => e.GetProperty("program").GetString()));
        Snapshot.Match(response.Indented());
    }

    [Fact]
    public async Task The_score_is_a_field_agencies_are_not_granted()
    {
        var household = DemoPlaintext.Of(registry)[4];

        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { score { finalScore } } }", new { id = household.PublicId });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["FORBIDDEN_FIELD"], response.ErrorCodes.Distinct());
    }

    [Fact]
    public async Task A_citizen_gets_a_code_for_each_reason_and_an_agency_is_not_granted_the_codes()
    {
        var household = DemoPlaintext.Of(registry)[4];

        var citizen = await registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId)).PostGraphQLAsync(
            "{ me { household { eligibility { program reasons reasonCodes } } } }");
        var agency = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { eligibilityCheck(household: $id, purpose: \"ASD_ELIGIBILITY\") { program reasonCodes } }", new { id = household.PublicId });

        Assert.Empty(citizen.ErrorCodes);
        var decisions = citizen.Data.GetProperty("me").GetProperty("household").GetProperty("eligibility").EnumerateArray().ToList();
        Assert.NotEmpty(decisions);
        Assert.All(decisions, d =>
        {
            var codes = d.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()).ToList();
            Assert.Equal(d.GetProperty("reasons").GetArrayLength(), codes.Count);
            Assert.Contains(codes[0], new[] { "THRESHOLD_MET", "THRESHOLD_NOT_MET" });
            Assert.DoesNotContain("OTHER", codes);
        });

        // A new field starts ungranted: ANSS's agreement does not cover it until an administrator grants it.
        Assert.Equal(["FORBIDDEN_FIELD"], agency.ErrorCodes.Distinct());
    }

    private static string RedactScores(string json) => ScoreNumber().Replace(json, "score <score>");

    [GeneratedRegex(@"score \d+(\.\d+)?")]
    private static partial Regex ScoreNumber();
}
