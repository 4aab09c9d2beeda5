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

    /// <summary>Registry operators only: desk work such as recording a consent collected on paper.</summary>
    Operator,

    /// <summary>
    /// The citizen about their own record and the registry operators who handle it: change requests.
    /// Never agencies, officers or administrators.
    /// </summary>
    Casework,

    /// <summary>Privacy officers only: the access log and its verification.</summary>
    Officer,

    /// <summary>Analysts only: disclosure-controlled aggregates, never a household.</summary>
    Analyst,
}
