namespace GraphRegistry.Api.Agencies;

public sealed record GrantFieldInput(string Agency, string Field, FieldAccess Access, MaskKind? Mask);
