namespace GraphRegistry.Api.Consents;

public enum CollectionMethod
{
    /// <summary>Given by the citizen, signed in.</summary>
    Online,

    /// <summary>Collected on paper at a service desk and recorded by an operator.</summary>
    Desk,
}
