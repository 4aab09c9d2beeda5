using System.Collections.Frozen;

namespace GraphRegistry.Api.Http;

/// <summary>
/// Files embedded in the assembly under one resource prefix, served by name from a fixed list:
/// a name not on the list is 404, so no request can reach another resource or the disk.
/// </summary>
public sealed class EmbeddedAssets(string resourcePrefix, IReadOnlyDictionary<string, string> contentTypes, string cacheControl)
{
    private readonly FrozenDictionary<string, string> types = contentTypes.ToFrozenDictionary();

    public async Task ServeAsync(HttpContext http, string file, Action<IHeaderDictionary>? headers = null)
    {
        var stream = types.TryGetValue(file, out var contentType)
            ? typeof(EmbeddedAssets).Assembly.GetManifestResourceStream($"{resourcePrefix}.{file}")
            : null;
        if (stream is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (stream)
        {
            http.Response.ContentType = contentType;
            http.Response.ContentLength = stream.Length;
            http.Response.Headers.CacheControl = cacheControl;
            http.Response.Headers.XContentTypeOptions = "nosniff";
            headers?.Invoke(http.Response.Headers);
            await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
    }
}
