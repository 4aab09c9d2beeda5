namespace GraphRegistry.Api.Consents;

/// <summary>One purpose of one agency that only a household's consent allows: what the consent form offers.</summary>
public sealed record ConsentChoice(string AgencyCode, string AgencyName, string Purpose, string Description);
