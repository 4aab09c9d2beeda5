using System.Net;
using System.Text.RegularExpressions;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>Browsers get GraphiQL at /graphql, entirely from the registry's own assets.</summary>
[Collection(RegistryCollection.Name)]
public sealed partial class GraphiQLTests(SharedRegistry registry)
{
    private readonly HttpClient client = registry.CreateClient();

    [Fact]
    public async Task A_browser_gets_the_ide_with_only_local_assets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, assets.Count);
        foreach (var asset in assets)
        {
            using var file = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 100, asset);
        }
    }

    [Theory]
    [InlineData("/graphql/assets/nothing.js")]
    [InlineData("/graphql/assets/..%2FProgram.cs")]
    [InlineData("/graphql/assets/VERSIONS")]
    public async Task Unknown_assets_are_404(string path)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""(?:src|href)="(/graphql/assets/[^"]+)""")]
    private static partial Regex AssetReference();
}
