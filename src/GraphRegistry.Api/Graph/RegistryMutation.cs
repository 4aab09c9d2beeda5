using GraphQL.Types;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.ChangeRequests;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Enrollments;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Registration;
using GraphRegistry.Api.TrustedDocuments;
using GraphRegistry.Api.Verification;

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
        this.AddEnrollmentMutations();
        this.AddRegistrationMutations();
        this.AddDeclarationMutations();
        this.AddMembershipMutations();
        this.AddVerificationMutations();
        this.AddChangeRequestMutations();
        this.AddTrustedDocumentMutations();
    }
}
