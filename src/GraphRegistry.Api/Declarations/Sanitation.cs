namespace GraphRegistry.Api.Declarations;

public enum Sanitation
{
    PublicSewer,
    SepticTank,
    Latrine,
    None,
}
