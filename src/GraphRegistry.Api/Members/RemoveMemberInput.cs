namespace GraphRegistry.Api.Members;

public sealed record RemoveMemberInput(string Household, string Person, MembershipEvent Event, DateOnly Date, string? NewHead = null);
