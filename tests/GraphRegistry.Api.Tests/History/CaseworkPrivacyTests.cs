using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.History;

/// <summary>
/// Modification history, verification checks and change requests are casework: no agency holds a
/// grant on them, none can be given one, and officers and administrators cannot read them either.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class CaseworkPrivacyTests(SharedRegistry registry)
{
    private static readonly string[] CaseworkTypes = ["Modification", "VerificationCheck", "ChangeRequest"];
    private static readonly string[] CaseworkHouseholdFields = ["Household.history", "Household.verificationChecks", "Household.changeRequests", "Household.updateDue"];

    [Fact]
    public void The_catalogue_keeps_casework_away_from_agencies_officers_and_administrators()
    {
        var fields = registry.Service<SchemaCatalog>().Fields
            .Where(f => CaseworkTypes.Contains(f.TypeName) || CaseworkHouseholdFields.Contains(f.Coordinate))
            .ToList();

        Assert.Equal(CaseworkHouseholdFields.Length + 7 + 6 + 10, fields.Count);
        Assert.All(fields, f => Assert.True(f.Audience is FieldAudience.Operator or FieldAudience.Casework, $"{f.Coordinate} is {f.Audience}"));
        Assert.All(fields.Where(f => f.FieldName is "oldValue" or "newValue"), f => Assert.True(f.IsPersonal, $"{f.Coordinate} is not marked personal"));
    }

    [Theory]
    [InlineData("CNSS")]
    [InlineData("ANSS")]
    [InlineData("MENPS")]
    public async Task No_agency_starts_with_a_grant_on_any_new_field(string agency)
    {
        _ = registry.CreateClient();
        var view = await registry.Service<AccessViewProvider>().GetAsync(TestPrincipals.Agency(agency), CancellationToken.None);

        Assert.DoesNotContain(view!.Rules.Keys, k => CaseworkTypes.Contains(k.Split('.')[0]) || CaseworkHouseholdFields.Contains(k));
        // The one write an agency has is the enrolment write-back for its own programmes.
        Assert.DoesNotContain(view.Rules.Keys, k => k.StartsWith("Mutation.", StringComparison.Ordinal) && k != "Mutation.recordEnrollment");
    }

    [Theory]
    [InlineData("Household.history")]
    [InlineData("Modification.newValue")]
    [InlineData("VerificationCheck.result")]
    [InlineData("ChangeRequest.newValue")]
    [InlineData("Household.updateDue")]
    [InlineData("Mutation.registerHousehold")]
    public async Task No_administrator_can_grant_casework_to_an_agency(string field)
    {
        var response = await registry.CreateClient(TestPrincipals.Admin).PostGraphQLAsync(
            "mutation($field: String!) { grantField(input: { agency: \"CNSS\", field: $field, access: FULL }) { code } }", new { field });

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task Officers_and_administrators_do_not_read_the_history()
    {
        var household = DemoPlaintext.Of(registry)[0];
        const string Query = "query($id: ID!) { household(id: $id) { history { field oldValue newValue } } }";

        var officer = await registry.CreateClient(TestPrincipals.Officer).PostGraphQLAsync(Query, new { id = household.PublicId });
        var admin = await registry.CreateClient(TestPrincipals.Admin).PostGraphQLAsync(Query, new { id = household.PublicId });
        var operatorRead = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Query, new { id = household.PublicId });

        Assert.Equal(["FORBIDDEN_FIELD"], officer.ErrorCodes.Distinct());
        Assert.Equal(["FORBIDDEN_FIELD"], admin.ErrorCodes.Distinct());
        Assert.Empty(operatorRead.ErrorCodes);
    }
}
