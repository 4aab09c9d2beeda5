using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Http;
using GraphRegistry.Api.Privacy;
using HttpRequestError = GraphRegistry.Api.Http.HttpRequestError;

namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>Turns a request by hash into the approved text, and holds persisted-only agencies to hashes.</summary>
public sealed class PersistedRequestResolver(TrustedDocumentStore store)
{
    public async Task<(GraphQLHttpRequest? Request, HttpRequestError? Refusal)> ResolveAsync(AccessView view, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        if (request.DocumentHash is { } hash)
        {
            var text = view.Principal.AgencyCode is { } agency ? await store.FindApprovedAsync(agency, hash, cancellationToken) : null;
            return text is null
                ? (null, new HttpRequestError(StatusCodes.Status400BadRequest, ErrorCodes.PersistedDocumentNotFound, "No operation approved for this principal has this hash."))
                : (request with { Query = text }, null);
        }

        return view.PersistedOnly
            ? (null, new HttpRequestError(StatusCodes.Status403Forbidden, ErrorCodes.PersistedOnly, "This agency runs approved operations only: send extensions.persistedQuery.sha256Hash instead of query text."))
            : (request, null);
    }
}
