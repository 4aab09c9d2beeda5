using GraphQL.Types;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.TrustedDocuments;

namespace GraphRegistry.Api.Graph;

/// <summary>The mutation root; each feature adds its own fields.</summary>
public sealed class RegistryMutation : ObjectGraphType
{
    public RegistryMutation()
    {
        Name = "Mutation";
        this.AddAgencyMutations();
        this.AddConsentMutations();
        this.AddEligibilityMutations();
        this.AddTrustedDocumentMutations();
    }
}
