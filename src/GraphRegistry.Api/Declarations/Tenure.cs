namespace GraphRegistry.Api.Declarations;

public enum Tenure
{
    Owner,
    Tenant,
    HousedFree,
    Other,
}
