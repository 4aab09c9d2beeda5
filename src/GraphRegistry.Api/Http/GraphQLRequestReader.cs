using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL;
using GraphRegistry.Api.Graph;
using Microsoft.Net.Http.Headers;

namespace GraphRegistry.Api.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request from a POST body or a GET query string, refusing with the
/// specification's status and one of <see cref="ErrorCodes"/> whatever is not a request.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    private const int InitialBufferBytes = 4096;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public async Task<(GraphQLHttpRequest? Request, HttpRequestError? Error)> ReadPostAsync(HttpRequest http, long maxBytes)
    {
        if (!IsJsonContentType(http.ContentType))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, "POST bodies must be application/json (UTF-8).");
        }

        if (http.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        // The body is read into a pooled buffer: a fresh one per request was the largest single
        // allocation of a lookup. Nothing read from it outlives this method (Build copies).
        var buffer = new StrongBox<byte[]>(ArrayPool<byte>.Shared.Rent((int)Math.Min(http.ContentLength ?? InitialBufferBytes, maxBytes) + 1));
        try
        {
            var length = await ReadBoundedAsync(http.Body, maxBytes, buffer, http.HttpContext.RequestAborted);
            return length < 0 ? TooLarge(maxBytes) : Parse(buffer.Value!.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer.Value!);
        }
    }

    private (GraphQLHttpRequest?, HttpRequestError?) Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException)
        {
            return Refuse(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The body is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Refuse(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must be a JSON object with a 'query' member.");
            }

            var root = document.RootElement;
            return Build(
                Member(root, "query"),
                Member(root, "operationName"),
                Member(root, "variables"),
                Member(root, "extensions"));
        }
    }

    public (GraphQLHttpRequest? Request, HttpRequestError? Error) ReadGet(IQueryCollection query)
    {
        var variables = ParseObjectParameter(query, "variables", out var variablesError);
        var extensions = ParseObjectParameter(query, "extensions", out var extensionsError);
        if ((variablesError ?? extensionsError) is { } error)
        {
            return (null, error);
        }

        using (variables)
        using (extensions)
        {
            return Build(
                query.TryGetValue("query", out var text) ? JsonSerializer.SerializeToElement(text.ToString()) : null,
                query.TryGetValue("operationName", out var name) ? JsonSerializer.SerializeToElement(name.ToString()) : null,
                variables?.RootElement,
                extensions?.RootElement);
        }
    }

    private (GraphQLHttpRequest?, HttpRequestError?) Build(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        var hash = PersistedHash(extensions);
        var text = query is { ValueKind: JsonValueKind.String } queryText ? queryText.GetString() : null;
        if (hash is null && string.IsNullOrEmpty(text))
        {
            return Refuse(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "'query' is required and must be a non-empty string, unless extensions.persistedQuery.sha256Hash names an approved document.");
        }

        if (hash is { Length: not 64 } || (hash is not null && !string.IsNullOrEmpty(text) && TrustedDocuments.TrustedDocumentStore.HashOf(text) != hash))
        {
            return Refuse(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "extensions.persistedQuery.sha256Hash must be the lowercase hex SHA-256 of the query text.");
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return Refuse(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "'operationName' must be a string or null.");
        }

        if (variables is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return Refuse(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "'variables' must be an object or null.");
        }

        if (extensions is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
        {
            return Refuse(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "'extensions' must be an object or null.");
        }

        return (new GraphQLHttpRequest(
            text ?? string.Empty,
            operationName is { ValueKind: JsonValueKind.String } name ? name.GetString() : null,
            ToInputs(variables),
            ToInputs(extensions),
            hash), null);
    }

    // The persisted-query extension clients already speak: { "persistedQuery": { "version": 1, "sha256Hash": "…" } }.
    private static string? PersistedHash(JsonElement? extensions) =>
        extensions is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("persistedQuery", out var persisted)
        && persisted.ValueKind == JsonValueKind.Object
        && persisted.TryGetProperty("sha256Hash", out var hash)
            ? hash.ValueKind == JsonValueKind.String ? hash.GetString() ?? string.Empty : string.Empty
            : null;

    private Inputs? ToInputs(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value ? serializer.ReadNode<Inputs>(value) : null;

    private static JsonDocument? ParseObjectParameter(IQueryCollection query, string name, out HttpRequestError? error)
    {
        error = null;
        if (!query.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw))
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(raw.ToString(), JsonOptions);
            if (document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        error = new HttpRequestError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, $"'{name}' must be a JSON-encoded object.");
        return null;
    }

    private static bool IsJsonContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    // Reads at most maxBytes into buffer (a pooled array, swapped for a larger one as the body
    // grows); returns the length read, or -1 when the body is longer, whatever Content-Length claimed.
    private static async ValueTask<int> ReadBoundedAsync(Stream body, long maxBytes, StrongBox<byte[]> buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Value!.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Value.Length * 2L, maxBytes + 1));
                buffer.Value.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer.Value);
                buffer.Value = larger;
            }

            var read = await body.ReadAsync(buffer.Value.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return length;
            }

            length += read;
            if (length > maxBytes)
            {
                return -1;
            }
        }
    }

    private static JsonElement? Member(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : null;

    private static (GraphQLHttpRequest?, HttpRequestError?) TooLarge(long maxBytes) =>
        Refuse(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The request body exceeds {maxBytes} bytes.");

    private static (GraphQLHttpRequest?, HttpRequestError?) Refuse(int status, string code, string message) =>
        (null, new HttpRequestError(status, code, message));
}
