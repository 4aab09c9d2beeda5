namespace GraphRegistry.Api.Members;

public sealed record AddMemberInput(string Household, MembershipEvent Event, DateOnly Date, NewMemberInput Member);
