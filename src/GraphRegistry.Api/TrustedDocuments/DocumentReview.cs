using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>
/// Validates a submitted operation as its agency would run it (grants included) and lists the
/// fields it reads. Variables are not known yet, so only their values go unchecked.
/// </summary>
public sealed class DocumentReview(RegistrySchema schema, IDocumentBuilder documents, IDocumentValidator validator, IErrorInfoProvider errors)
{
    // refuseInlineValues: for a submission the registry keeps (see InlineValues); a document that is only checked may hold literals.
    public async Task<(IReadOnlyCollection<string> Fields, IReadOnlyList<ErrorInfo> Errors)> ReviewAsync(AccessView view, string query, string? operationName, IServiceProvider services, bool refuseInlineValues, CancellationToken cancellationToken)
    {
        GraphQLParser.AST.GraphQLDocument document;
        try
        {
            document = documents.Build(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return ([], [new ErrorInfo { Message = "The document is not valid GraphQL syntax.", Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ParseError } }]);
        }

        if (refuseInlineValues && InlineValues.FirstIn(document) is { } argument)
        {
            return ([], [new ErrorInfo { Message = $"Submitted operations carry their values as variables: '{argument}' has a value written in the text. Only the purpose, page sizes and @skip/@include flags may be.", Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidArgument } }]);
        }

        var operations = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToList();
        var operation = operationName is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is null)
        {
            return ([], [new ErrorInfo { Message = "operationName names no operation of the document.", Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.OperationNotFound } }]);
        }

        schema.Initialize();
        var collector = new DocumentFieldCollector();
        using (CurrentAccess.Enter(view))
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = [.. DocumentValidator.CoreRules, FieldAuthorizationRule.Instance, collector],
                UserContext = new Dictionary<string, object?>(),
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                RequestServices = services,
                CancellationToken = cancellationToken,
            });
            var problems = result.Errors.Where(e => e is not InvalidVariableError).Select(errors.GetInfo).ToList();
            return (collector.Fields, problems);
        }
    }
}
