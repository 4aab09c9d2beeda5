namespace GraphRegistry.Api.Declarations;

public enum DwellingType
{
    Villa,
    Apartment,
    ModernHouse,
    TraditionalHouse,
    RuralHouse,
    Shack,
    Other,
}
