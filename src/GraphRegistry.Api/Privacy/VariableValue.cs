using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphRegistry.Api.Privacy;

public static class VariableValue
{
    /// <summary>
    /// What a variable will hold: the value the request supplied, or else the default the document
    /// declares — a default is as much a read as a literal.
    /// </summary>
    public static object? Of(ValidationContext context, GraphQLVariable variable)
    {
        var name = variable.Name.StringValue;
        if (context.Variables is { } supplied && supplied.TryGetValue(name, out var value))
        {
            return value;
        }

        return context.Operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name)?.DefaultValue;
    }
}
