namespace GraphRegistry.Api.Identity;

public enum PrincipalKind
{
    Agency,
    Citizen,
    PrivacyOfficer,
    Operator,
    Admin,

    /// <summary>A ministry planner: aggregates only, never a single household.</summary>
    Analyst,
}
