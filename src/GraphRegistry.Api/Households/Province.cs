namespace GraphRegistry.Api.Households;

/// <summary>A province or prefecture; <see cref="UrbanShare"/> drives the demo data's urban/rural mix.</summary>
public sealed record Province(string Code, string NameLatin, double UrbanShare);
