using GraphRegistry.Api.Http;

namespace GraphRegistry.Api.WebPages;

/// <summary>
/// The citizen and officer pages and their scripts, embedded in the assembly: nothing is fetched
/// from a CDN, and the Content-Security-Policy allows nothing but the registry itself.
/// </summary>
public static class WebPageAssets
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    // no-cache: a page and its scripts change together when the registry is upgraded.
    private static readonly EmbeddedAssets Files = new("WebPages", new Dictionary<string, string>
    {
        ["citizen.html"] = "text/html; charset=utf-8",
        ["officer.html"] = "text/html; charset=utf-8",
        ["portal.css"] = "text/css; charset=utf-8",
        ["portal.js"] = "text/javascript; charset=utf-8",
        ["i18n.js"] = "text/javascript; charset=utf-8",
        ["vocabulary-fr.js"] = "text/javascript; charset=utf-8",
        ["vocabulary-ar.js"] = "text/javascript; charset=utf-8",
        ["citizen.js"] = "text/javascript; charset=utf-8",
        ["consent-form.js"] = "text/javascript; charset=utf-8",
        ["officer.js"] = "text/javascript; charset=utf-8",
    }, "no-cache");

    public static Task ServeAsync(HttpContext http, string file) => Files.ServeAsync(http, file, headers =>
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers["Referrer-Policy"] = "no-referrer";
    });
}
