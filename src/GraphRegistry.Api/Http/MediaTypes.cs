namespace GraphRegistry.Api.Http;

public static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Html = "text/html";
}
