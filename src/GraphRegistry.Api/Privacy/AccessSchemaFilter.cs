using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Introspection shows each principal only what it may query: ungranted fields, the input fields
/// that read them, and every type it cannot reach through granted fields disappear.
/// </summary>
public sealed class AccessSchemaFilter(ISchema schema) : DefaultSchemaFilter
{
    public override async Task<bool> AllowType(IGraphType type)
    {
        if (!await base.AllowType(type))
        {
            return false;
        }

        // Without an access view introspection shows nothing but itself (and the scalars it uses):
        // fail closed. With one, the scalars its own schema uses, as the SDL views list them.
        return type.Name.StartsWith("__", StringComparison.Ordinal)
            || type.Name is "String" or "Boolean"
            || (CurrentAccess.View is { } view ? VisibleTypes.Of(schema, view).Contains(type.Name) : type is ScalarGraphType and not EnumerationGraphType);
    }

    public override async Task<bool> AllowEnumValue(EnumerationGraphType parent, EnumValueDefinition enumValue) =>
        await base.AllowEnumValue(parent, enumValue)
        && (parent.Name.StartsWith("__", StringComparison.Ordinal) || (CurrentAccess.View is { } view && VisibleTypes.Of(schema, view).Contains(parent.Name)));

    public override async Task<bool> AllowField(IGraphType parent, IFieldType field)
    {
        if (parent.Name.StartsWith("__", StringComparison.Ordinal))
        {
            // The engine's default hides isRepeatable (a draft feature in its eyes; in the spec since
            // October 2021, and asked by graphql-js's directiveIsRepeatable); appliedDirectives stays hidden.
            return field.Name != "appliedDirectives";
        }

        if (!await base.AllowField(parent, field))
        {
            return false;
        }

        if (CurrentAccess.View is not { } view)
        {
            return false;
        }

        return parent is IInputObjectGraphType
            ? field.ReadCoordinate() is not { } coordinate || view.Allows(coordinate)
            : view.Allows(parent, field.Name);
    }
}
