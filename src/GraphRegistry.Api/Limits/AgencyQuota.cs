namespace GraphRegistry.Api.Limits;

/// <summary>How much an agency may ask of the registry: requests per clock minute, distinct households per UTC day.</summary>
public sealed record AgencyQuota(int RequestsPerMinute, int SubjectsPerDay);
