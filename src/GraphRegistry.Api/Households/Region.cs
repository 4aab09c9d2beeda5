namespace GraphRegistry.Api.Households;

/// <summary>One of the 12 regions of the 2015 territorial division, with a few of its provinces.</summary>
public sealed record Region(string Code, string NameLatin, string NameArabic, IReadOnlyList<Province> Provinces);
