namespace GraphRegistry.Api.Households;

public enum Milieu
{
    Urban,
    Rural,
}
