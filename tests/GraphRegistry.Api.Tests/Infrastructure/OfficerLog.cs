using System.Text.Json;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>Reads the access log the way a privacy officer does: through the API.</summary>
public static class OfficerLog
{
    private const string Query = """
        query($filter: AccessLogFilterInput, $after: String) {
          accessLog(filter: $filter, first: 100, after: $after) {
            totalCount
            edges { node { sequence principalKind agencyCode purpose basis operationName subjects fields outcome reason requestId } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public static Task<List<JsonElement>> EntriesAsync(RegistryApplication registry, object? filter = null) =>
        EntriesAsync(registry.CreateClient(TestPrincipals.Officer), filter);

    /// <summary>With an officer client made earlier: tokens minted after a test moved the clock would not be valid yet.</summary>
    public static async Task<List<JsonElement>> EntriesAsync(HttpClient client, object? filter = null)
    {
        var entries = new List<JsonElement>();
        string? after = null;
        do
        {
            var response = await client.PostGraphQLAsync(Query, new { filter, after });
            Assert.True(response.ErrorCodes.Count == 0, response.Body);
            var connection = response.Data.GetProperty("accessLog");
            entries.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return entries;
    }

    public static Task<JsonElement> VerifyAsync(RegistryApplication registry) => VerifyAsync(registry.CreateClient(TestPrincipals.Officer));

    public static async Task<JsonElement> VerifyAsync(HttpClient client)
    {
        var response = await client.PostGraphQLAsync("{ verifyAccessLog { valid verifiedEntries firstBrokenSequence problem } }");
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return response.Data.GetProperty("verifyAccessLog");
    }
}
