using GraphQL.Types;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.ChangeRequests;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Statistics;
using GraphRegistry.Api.TrustedDocuments;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Graph;

/// <summary>The query root; each feature adds its own fields.</summary>
public sealed class RegistryQuery : ObjectGraphType
{
    public RegistryQuery(IOptions<GraphOptions> options)
    {
        Name = "Query";
        this.AddHouseholdFields(options.Value);
        this.AddPersonFields();
        this.AddNodeField();
        this.AddAgencyFields();
        this.AddAccessLogFields(options.Value);
        this.AddEligibilityFields();
        this.AddStatisticsFields();
        this.AddChangeRequestQueries();
        this.AddTrustedDocumentFields();
        this.AddConsentChoiceFields();
    }
}
