namespace GraphRegistry.Api.ChangeRequests;

public sealed record ChangeRequestInput(string Field, string NewValue, string? Person = null);
