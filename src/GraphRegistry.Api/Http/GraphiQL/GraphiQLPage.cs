namespace GraphRegistry.Api.Http.GraphiQL;

/// <summary>
/// The GraphiQL IDE, served to browsers at /graphql. Every script and style comes from the
/// registry itself, and the Content-Security-Policy forbids anything else.
/// </summary>
public static class GraphiQLPage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>GraphRegistry — GraphiQL</title>
          <link rel="stylesheet" href="/graphql/assets/graphiql.min.css">
          <style>body { margin: 0; } #graphiql { height: 100dvh; }</style>
        </head>
        <body>
          <div id="graphiql" role="main">Loading GraphiQL…</div>
          <script src="/graphql/assets/react.production.min.js"></script>
          <script src="/graphql/assets/react-dom.production.min.js"></script>
          <script src="/graphql/assets/graphiql.min.js"></script>
          <script src="/graphql/assets/graphiql-start.js"></script>
        </body>
        </html>
        """;

    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.WriteAsync(Html, http.RequestAborted);
    }
}
