namespace GraphRegistry.Api.Limits;

/// <summary>Why an agency's request is refused by its quota, and when it may try again.</summary>
public sealed record QuotaRefusal(string Code, string Message, TimeSpan RetryAfter);
