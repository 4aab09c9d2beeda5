namespace GraphRegistry.Api.Declarations;

public enum CookingFuel
{
    Butane,
    Electricity,
    Wood,
    Charcoal,
    Other,
}
