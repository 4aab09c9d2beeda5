using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphRegistry.Api.Tests.Infrastructure;

public static class GraphQLHttpClientExtensions
{
    public static Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null, string? operationName = null, string? accept = null) =>
        client.PostRawAsync(JsonSerializer.Serialize(new { query, variables, operationName }), "application/json", accept);

    /// <summary>As <see cref="PostGraphQLAsync"/>, signed with <paramref name="token"/> (a client shared by several principals).</summary>
    public static async Task<GraphQLResponse> PostGraphQLWithTokenAsync(this HttpClient client, string token, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", token);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> GetGraphQLAsync(this HttpClient client, string queryString, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, json);
    }
}
