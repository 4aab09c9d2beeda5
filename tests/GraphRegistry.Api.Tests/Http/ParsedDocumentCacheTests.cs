using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

[Collection(RegistryCollection.Name)]
public sealed class ParsedDocumentCacheTests(SharedRegistry registry)
{
    [Fact]
    public async Task A_repeated_query_is_parsed_once()
    {
        var client = registry.CreateClient(TestPrincipals.Operator);
        var cache = registry.Service<ParsedDocumentCache>();
        var query = $"query Cached{Guid.NewGuid():N} {{ regions {{ code }} }}";

        var parsesBefore = cache.Parses;
        var hitsBefore = cache.Hits;
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostGraphQLAsync(query);
            Assert.Empty(response.ErrorCodes);
        }

        Assert.Equal(1, cache.Parses - parsesBefore);
        Assert.True(cache.Hits - hitsBefore >= 2);
    }
}
