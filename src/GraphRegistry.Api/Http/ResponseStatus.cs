using GraphQL;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Http;

/// <summary>The HTTP status of an executed (or refused) GraphQL result, per the GraphQL-over-HTTP specification.</summary>
public static class ResponseStatus
{
    public static int For(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e is RegistryError { Code: ErrorCodes.Timeout or ErrorCodes.QuotaUnavailable }) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Errors?.Any(e => e is OperationNotAllowedOverGetError) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.Errors?.Any(e => e is FieldNotGrantedError or PurposeError) == true)
        {
            return result.Errors.Any(e => e is PurposeError { Code: ErrorCodes.PurposeRequired }) && !result.Errors.Any(e => e is FieldNotGrantedError)
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status403Forbidden;
        }

        // With the GraphQL response media type, a request that never executed (parse or validation
        // failure) is a client error; legacy application/json clients always get 200.
        return mediaType == MediaTypes.GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }
}
