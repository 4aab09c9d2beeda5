namespace GraphRegistry.Api.Consents;

public sealed record RecordConsentInput(string Household, string Subject, string Agency, IReadOnlyList<string> Purposes, DateTime ExpiresAt, IReadOnlyList<DataCategory>? DataCategories = null);
