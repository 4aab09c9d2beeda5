namespace GraphRegistry.Api.Http.GraphiQL;

/// <summary>Serves the GraphiQL files embedded in the assembly (see refresh-assets.sh).</summary>
public static class GraphiQLAssets
{
    private static readonly EmbeddedAssets Files = new("GraphiQL", new Dictionary<string, string>
    {
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql-start.js"] = "text/javascript; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
    }, "public, max-age=86400");

    public static Task ServeAsync(HttpContext http, string file) => Files.ServeAsync(http, file);
}
