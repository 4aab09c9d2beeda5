namespace GraphRegistry.Api.Consents;

public sealed record GrantConsentInput(string Agency, IReadOnlyList<string> Purposes, DateTime ExpiresAt, IReadOnlyList<DataCategory>? DataCategories = null);
