using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Limits;

/// <summary>
/// Applies <see cref="QueryShape"/> between parsing and validation. It cannot be a validation rule:
/// GraphQL.NET runs all rules in one pass, and the specification's own rules (overlapping fields,
/// fragment cycles) spend seconds on 5,000 aliases or 1,000 chained fragments before a count could stop them.
/// </summary>
public sealed class QueryShapeCheck(IDocumentBuilder documents) : IConfigureExecution
{
    // After the parsed-document cache (200), which may already have supplied the document.
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (CurrentAccess.View is not { } view || options.Query is not { } query)
        {
            return await next(options);
        }

        if (options.Document is null)
        {
            try
            {
                options.Document = documents.Build(query);
            }
            catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
            {
                // The executer parses again and reports the syntax error the usual way.
                return await next(options);
            }
        }

        return QueryShape.Check(options.Document, view.Limits) is { } error
            ? new ExecutionResult { Errors = [error] }
            : await next(options);
    }
}
