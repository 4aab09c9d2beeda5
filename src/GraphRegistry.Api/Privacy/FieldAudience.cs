namespace GraphRegistry.Api.Privacy;

/// <summary>Who a root field exists for, beyond what grants say.</summary>
public enum FieldAudience
{
    /// <summary>Agencies (by grant), operators, officers and administrators.</summary>
    Registry,

    /// <summary>Administrators only: agency and policy management.</summary>
    Admin,

    /// <summary>Citizens only: their own record.</summary>
    Citizen,
}
