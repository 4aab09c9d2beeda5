using System.Collections.Frozen;

namespace GraphRegistry.Api.WebPages;

/// <summary>
/// The citizen and officer pages and their scripts, embedded in the assembly: nothing is fetched
/// from a CDN, and the Content-Security-Policy allows nothing but the registry itself.
/// </summary>
public static class WebPageAssets
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["citizen.html"] = "text/html; charset=utf-8",
        ["officer.html"] = "text/html; charset=utf-8",
        ["portal.css"] = "text/css; charset=utf-8",
        ["portal.js"] = "text/javascript; charset=utf-8",
        ["i18n.js"] = "text/javascript; charset=utf-8",
        ["citizen.js"] = "text/javascript; charset=utf-8",
        ["officer.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary();

    public static async Task ServeAsync(HttpContext http, string file)
    {
        var stream = ContentTypes.TryGetValue(file, out var contentType)
            ? typeof(WebPageAssets).Assembly.GetManifestResourceStream($"WebPages.{file}")
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
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
    }
}
