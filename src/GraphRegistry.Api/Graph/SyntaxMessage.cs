using System.Globalization;
using System.Text.RegularExpressions;
using GraphQLParser.Exceptions;

namespace GraphRegistry.Api.Graph;

/// <summary>
/// What the parser expected and where, without what it found: the parser's own message quotes the
/// offending token, which may be a literal value (a national ID typed into the query). The
/// expected part names grammar tokens only (<c>Name</c>, <c>:</c>, <c>"on"</c>), so it is kept.
/// </summary>
public static partial class SyntaxMessage
{
    public static string Of(GraphQLSyntaxErrorException syntax)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"line {syntax.Location.Line}, column {syntax.Location.Column}");
        return Expected().Match(syntax.Description) is { Success: true } expected
            ? $"The document is not valid GraphQL syntax at {where}: expected {expected.Groups["what"].Value}."
            : $"The document is not valid GraphQL syntax at {where}.";
    }

    [GeneratedRegex("^Expected (?<what>[^;,]{1,60}), found ")]
    private static partial Regex Expected();
}
