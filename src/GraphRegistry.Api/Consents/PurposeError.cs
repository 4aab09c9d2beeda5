using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphRegistry.Api.Consents;

/// <summary>
/// PURPOSE_REQUIRED or PURPOSE_NOT_ALLOWED: the request was refused before it ran. It carries the
/// purposes the agency may declare (codes of its agreement, never the value it sent), so the
/// refusal says what to send instead.
/// </summary>
public sealed class PurposeError : ValidationError
{
    public PurposeError(ValidationContext context, ASTNode node, string code, string message, IReadOnlyList<string> allowedPurposes)
        : base(context.Document.Source, null, message, node)
    {
        Code = code;
        AllowedPurposes = allowedPurposes;
    }

    public IReadOnlyList<string> AllowedPurposes { get; }
}
