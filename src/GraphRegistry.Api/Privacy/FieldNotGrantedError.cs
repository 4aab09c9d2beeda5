using GraphQL.Validation;
using GraphQLParser.AST;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Privacy;

/// <summary>A request touched a field its principal is not granted; the whole request is refused.</summary>
public sealed class FieldNotGrantedError : ValidationError
{
    public FieldNotGrantedError(ValidationContext context, ASTNode node, string coordinate, string path, string principal)
        : base(context.Document.Source, null, $"Field '{coordinate}' is not granted to {principal}.", node)
    {
        Code = ErrorCodes.ForbiddenField;
        Coordinate = coordinate;
        DocumentPath = path;
    }

    public string Coordinate { get; }

    /// <summary>Where the field sits in the document: response keys from the operation or fragment root.</summary>
    public string DocumentPath { get; }
}
