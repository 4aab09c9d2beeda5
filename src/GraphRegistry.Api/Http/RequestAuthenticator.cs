using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.Privacy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphRegistry.Api.Http;

/// <summary>
/// Turns the bearer token into an access view, or into the refusal the caller gets: 401 for no
/// usable token (missing, malformed, expired, forged, claims missing), 403 for an unknown agency.
/// </summary>
public sealed class RequestAuthenticator(AccessViewProvider views, AccessLogWriter accessLog)
{
    public async Task<(AccessView? View, HttpRequestError? Refusal, RegistryPrincipal? Principal)> AuthenticateAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
        {
            return (null, Unauthenticated(http, result.None ? "A bearer token is required." : "The bearer token is not valid: malformed, expired, or not signed by a trusted key."), null);
        }

        if (RegistryPrincipal.FromClaims(result.Principal) is not { } principal)
        {
            var refusal = Unauthenticated(http, RegistryPrincipal.HasAmbiguousSecurityClaims(result.Principal)
                ? "The bearer token gives a registry claim more than one value, or a value that is not a string."
                : "The bearer token lacks the registry claims for its principal kind.");
            // Signed by a trusted key: an attempt made with the registry's own credentials, so logged (fail closed).
            var logged = await accessLog.TryAppendAsync(AccessLogDrafts.RefusedToken(result.Principal, refusal.Code, http.TraceIdentifier), http.RequestAborted);
            return (null, logged ? refusal : HttpRequestError.AuditUnavailable, null);
        }

        http.User = result.Principal;
        return await views.GetAsync(principal, http.RequestAborted) is { } view
            ? (view, null, principal)
            : (null, new HttpRequestError(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "The agency named by the token is not registered."), principal);
    }

    private static HttpRequestError Unauthenticated(HttpContext http, string message)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return new HttpRequestError(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, message);
    }
}
