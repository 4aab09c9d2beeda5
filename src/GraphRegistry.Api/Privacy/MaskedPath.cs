using System.Text.Json.Serialization;

namespace GraphRegistry.Api.Privacy;

/// <summary>A response path whose value was masked, so a mask is never mistaken for a real null.</summary>
public sealed record MaskedPath(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("mask")] string Mask,
    [property: JsonPropertyName("reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);
