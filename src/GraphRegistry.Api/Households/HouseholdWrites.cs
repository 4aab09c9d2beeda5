using GraphQL;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Households;

/// <summary>
/// Notes, for the access log, the household a mutation read or wrote and the basis it acted on,
/// whatever the response selects: a write with an empty selection is still logged.
/// </summary>
public static class HouseholdWrites
{
    public static void Touch(IResolveFieldContext context, string householdPublicId)
    {
        var recorder = context.RequestService<AccessRecorder>();
        var principal = context.RequestService<RequestAccess>().View.Principal;
        recorder.Subject(householdPublicId);
        recorder.Basis(principal.Kind == PrincipalKind.Citizen ? "DATA_SUBJECT" : $"ROLE:{RegistryPrincipal.KindClaimValue(principal.Kind)}");
    }
}
