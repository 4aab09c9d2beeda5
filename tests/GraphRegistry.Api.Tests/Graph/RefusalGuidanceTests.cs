using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace GraphRegistry.Api.Tests.Graph;

/// <summary>Refusals that say what to do: the purposes an agency may declare, what the parser expected and where.</summary>
[Collection(RegistryCollection.Name)]
public sealed class RefusalGuidanceTests(SharedRegistry registry)
{
    [Fact]
    public async Task A_purpose_outside_the_agreement_is_refused_with_the_purposes_the_agency_may_declare()
    {
        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(
            "query($id: ID!) { household(id: $id, purpose: \"MARKETING_CAMPAIGN\") { id } }", new { id = "hh_0000000000000000" });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(["PURPOSE_NOT_ALLOWED"], response.ErrorCodes);
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal(["ASD_ELIGIBILITY", "ASD_ENROLLMENT", "ASD_PAYMENT"], error.GetProperty("extensions").GetProperty("allowedPurposes").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("declare one of ASD_ELIGIBILITY, ASD_ENROLLMENT, ASD_PAYMENT", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("MARKETING_CAMPAIGN", response.Body, StringComparison.Ordinal);
        Snapshot.Match(response.Indented());
    }

    [Fact]
    public async Task A_missing_purpose_names_the_purposes_too()
    {
        var response = await registry.CreateClient(TestPrincipals.Agency("MENPS")).PostGraphQLAsync("{ households(first: 1) { totalCount } }");

        Assert.Equal(["PURPOSE_REQUIRED"], response.ErrorCodes);
        Assert.Equal(["TAYSSIR_ELIGIBILITY", "TAYSSIR_ENROLLMENT"], response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("allowedPurposes").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_syntax_error_says_what_was_expected_and_where_without_quoting_the_document()
    {
        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{\n  regions { code \"AB123456\" }\n}");

        Assert.Equal(["PARSE_ERROR"], response.ErrorCodes);
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal("The document is not valid GraphQL syntax at line 2, column 18: expected Name.", error.GetProperty("message").GetString());
        Assert.DoesNotContain("AB123456", response.Body, StringComparison.Ordinal);
        Snapshot.Match(response.Indented());
    }

    [Fact]
    public async Task An_unterminated_document_says_where_it_ended()
    {
        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("{ regions { code ");

        Assert.Equal(["PARSE_ERROR"], response.ErrorCodes);
        Assert.StartsWith("The document is not valid GraphQL syntax at line 1, column 18: expected ", response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
