using System.Collections.Frozen;

namespace GraphRegistry.Api.Http.GraphiQL;

/// <summary>Serves the GraphiQL files embedded in the assembly (see refresh-assets.sh).</summary>
public static class GraphiQLAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql-start.js"] = "text/javascript; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary();

    public static async Task ServeAsync(HttpContext http, string file)
    {
        var stream = ContentTypes.TryGetValue(file, out var contentType)
            ? typeof(GraphiQLAssets).Assembly.GetManifestResourceStream($"GraphiQL.{file}")
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
            http.Response.Headers.CacheControl = "public, max-age=86400";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
        }
    }
}
