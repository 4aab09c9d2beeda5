namespace GraphRegistry.Api.AccessLog;

/// <summary>A field a citizen is told was read: its coordinate (Household.address), and whether part of it was hidden.</summary>
public sealed record CitizenAccessField(string Field, bool PartlyHidden);
