namespace GraphRegistry.Api.Identity;

public enum PrincipalKind
{
    Agency,
    Citizen,
    PrivacyOfficer,
    Operator,
    Admin,
}
