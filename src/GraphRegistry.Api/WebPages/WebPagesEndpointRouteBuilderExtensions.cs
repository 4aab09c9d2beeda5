namespace GraphRegistry.Api.WebPages;

public static class WebPagesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps /citizen and /officer. The pages hold no data: they call /graphql with the signed-in
    /// person's token, so they see exactly what the API lets that person see, and every read is logged.
    /// </summary>
    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/citizen", http => WebPageAssets.ServeAsync(http, "citizen.html"));
        endpoints.MapGet("/officer", http => WebPageAssets.ServeAsync(http, "officer.html"));
        endpoints.MapGet("/pages/assets/{file}", (HttpContext http, string file) => WebPageAssets.ServeAsync(http, file));
        return endpoints;
    }
}
