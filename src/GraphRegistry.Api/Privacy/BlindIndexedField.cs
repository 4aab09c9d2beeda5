namespace GraphRegistry.Api.Privacy;

/// <summary>Identifiers that can be looked up by equality without being stored in clear.</summary>
public enum BlindIndexedField
{
    NationalId,
    Idcs,
}
