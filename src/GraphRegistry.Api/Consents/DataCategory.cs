namespace GraphRegistry.Api.Consents;

/// <summary>The kinds of data a consent can cover; a read needs every category of the fields it asks for.</summary>
public enum DataCategory
{
    /// <summary>Who people are: names, identifiers, birth and death dates, sex.</summary>
    Identity,

    /// <summary>How to reach the household: address and phone.</summary>
    Contact,

    /// <summary>Who lives together: members, relationships, size, region.</summary>
    Household,

    /// <summary>The declared situation, the score and eligibility.</summary>
    SocioEconomic,

    /// <summary>Disability and health coverage.</summary>
    Health,
}
