using System.Net;
using System.Text.Json;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>What came back over HTTP: status, content type, raw body and its parsed JSON.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Body, JsonElement Json)
{
    public JsonElement Data => Json.GetProperty("data");

    public IReadOnlyList<string> ErrorCodes =>
        Json.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
            : [];

    public string? MediaType => ContentType?.Split(';')[0];

    /// <summary>The body re-printed with indentation and unescaped text, for readable snapshots.</summary>
    public string Indented() => JsonSerializer.Serialize(Json, IndentedOptions);

    private static readonly JsonSerializerOptions IndentedOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
