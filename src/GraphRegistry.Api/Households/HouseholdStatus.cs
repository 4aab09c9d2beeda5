namespace GraphRegistry.Api.Households;

public enum HouseholdStatus
{
    Active,
    PendingVerification,

    /// <summary>Removed from the registry (death of all members, duplicate, emigration); kept for history.</summary>
    Radiated,
}
