using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQLParser.Exceptions;

namespace GraphRegistry.Api.Graph;

/// <summary>
/// Shapes every GraphQL error for the wire: one code from <see cref="ErrorCodes"/>, and a message
/// that never repeats a submitted value (a variable may well be a national ID).
/// </summary>
public sealed partial class RegistryErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var (code, message) = Classify(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (executionError is Privacy.FieldNotGrantedError forbidden)
        {
            extensions["field"] = forbidden.Coordinate;
            extensions["path"] = forbidden.DocumentPath;
        }
        else if (executionError is Statistics.StatisticsBudgetExhaustedError exhausted)
        {
            extensions["refillsAt"] = exhausted.RefillsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (executionError is Consents.PurposeError purpose)
        {
            extensions["allowedPurposes"] = purpose.AllowedPurposes;
        }
        else if (executionError is ValidationError { Number: { } rule })
        {
            extensions["rule"] = rule;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static (string Code, string Message) Classify(ExecutionError error) => error switch
    {
        RegistryError registry => (registry.Code!, registry.Message),
        Limits.LimitError limit => (limit.Code!, limit.Message),
        ValidationError { Code: ErrorCodes.MethodNotAllowed or ErrorCodes.ForbiddenField or ErrorCodes.PurposeRequired or ErrorCodes.PurposeNotAllowed } => (error.Code!, error.Message),
        InvalidVariableError => (ErrorCodes.Validation, VariablePrefix().Match(error.Message) is { Success: true } match
            ? $"{match.Value} Its value does not match the variable's declared type."
            : "A variable's value does not match its declared type."),
        ArgumentsOfCorrectTypeError or DefaultValuesOfCorrectTypeError => (ErrorCodes.Validation, FirstSentence(error.Message)),
        ValidationError => (ErrorCodes.Validation, WithoutSuggestions(error.Message)),

        { InnerException: GraphQLSyntaxErrorException syntax } => (ErrorCodes.ParseError, SyntaxMessage.Of(syntax)),
        SyntaxError => (ErrorCodes.ParseError, "The document is not valid GraphQL syntax."),
        InvalidOperationNameError or NoOperationError or NoOperationNameError => (ErrorCodes.OperationNotFound, error.Message),
        DocumentError => (ErrorCodes.Validation, error.Message),
        UnhandledError or { InnerException: not null } => (ErrorCodes.InternalError, "An internal error occurred; the registry log holds the details."),
        _ => (error.Code ?? ErrorCodes.InternalError, error.Message),
    };

    // The engine suggests names from the whole schema ("Did you mean 'address'?"), not from the
    // principal's view: suggestions would list fields and types outside it. GraphiQL and code
    // generators suggest from the principal's own introspection instead.
    private static string WithoutSuggestions(string message)
    {
        var suggestion = message.IndexOf(" Did you mean ", StringComparison.Ordinal);
        return suggestion < 0 ? message : message[..suggestion];
    }

    // "Argument 'x' has invalid value. Expected type 'Int', found "...": the second sentence quotes the value.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex(@"^Variable '\$[_A-Za-z][_0-9A-Za-z]*' is invalid\.")]
    private static partial Regex VariablePrefix();
}
