namespace GraphRegistry.Api.Declarations;

public enum WaterSource
{
    PipedIntoDwelling,
    PublicStandpipe,
    Well,
    Spring,
    Other,
}
