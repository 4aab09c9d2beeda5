using GraphRegistry.Api.Identity;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>The principals the tests sign in as, with real tokens from the registry's own signing key.</summary>
public static class TestPrincipals
{
    public static RegistryPrincipal Operator { get; } = new(PrincipalKind.Operator, "operator:test", null, null);

    public static RegistryPrincipal Admin { get; } = new(PrincipalKind.Admin, "admin:test", null, null);

    public static RegistryPrincipal Officer { get; } = new(PrincipalKind.PrivacyOfficer, "officer:test", null, null);

    public static RegistryPrincipal Analyst { get; } = new(PrincipalKind.Analyst, "analyst:test", null, null);

    public static RegistryPrincipal Agency(string code) => new(PrincipalKind.Agency, $"agency:{code}", code, null);

    public static RegistryPrincipal Citizen(string personPublicId) => new(PrincipalKind.Citizen, $"citizen:{personPublicId}", null, personPublicId);
}
