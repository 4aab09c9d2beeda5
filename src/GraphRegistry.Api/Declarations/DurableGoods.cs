namespace GraphRegistry.Api.Declarations;

/// <summary>Goods the household owns; a set of flags so one column holds them all.</summary>
[Flags]
public enum DurableGoods
{
    None = 0,
    Refrigerator = 1,
    Television = 2,
    SatelliteDish = 4,
    WashingMachine = 8,
    Computer = 16,
    AirConditioner = 32,
    Car = 64,
    Motorcycle = 128,
    Tractor = 256,
    Livestock = 512,
}
