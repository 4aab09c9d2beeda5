using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphRegistry.Api.Http;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
public static class ResponseMediaType
{
    /// <summary>
    /// The media type to answer with: the client's most preferred of the two GraphQL response
    /// types; no Accept header, <c>*/*</c> or <c>application/*</c> mean application/json. Null
    /// when the client accepts neither (406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return MediaTypes.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var mediaType = range.MediaType.Value;
            if (string.Equals(mediaType, MediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.GraphQLResponseJson;
            }

            if (mediaType is not null && (string.Equals(mediaType, MediaTypes.Json, StringComparison.OrdinalIgnoreCase) || mediaType == "*/*" || string.Equals(mediaType, "application/*", StringComparison.OrdinalIgnoreCase)))
            {
                return MediaTypes.Json;
            }
        }

        return null;
    }

    /// <summary>True when a browser asks for a page rather than data: text/html ranks above both JSON types.</summary>
    public static bool PrefersHtml(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        double Quality(string mediaType) => ranges
            .Where(r => string.Equals(r.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();

        var html = Quality(MediaTypes.Html);
        return html > 0 && html > Quality(MediaTypes.Json) && html > Quality(MediaTypes.GraphQLResponseJson);
    }
}
