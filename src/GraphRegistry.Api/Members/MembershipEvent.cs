namespace GraphRegistry.Api.Members;

/// <summary>Why a member joins or leaves a household.</summary>
public enum MembershipEvent
{
    Birth,
    Marriage,
    Arrival,
    Departure,
    Death,
}
