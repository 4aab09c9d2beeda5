namespace GraphRegistry.Api.Consents;

public enum ConsentStatus
{
    Given,
    Withdrawn,
    Expired,
}
