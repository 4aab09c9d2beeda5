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

        // Without an access view introspection shows nothing but itself: fail closed.
        return type is ScalarGraphType and not EnumerationGraphType
            || type.Name.StartsWith("__", StringComparison.Ordinal)
            || (CurrentAccess.View is { } view && VisibleTypes.Of(schema, view).Contains(type.Name));
    }

    public override async Task<bool> AllowEnumValue(EnumerationGraphType parent, EnumValueDefinition enumValue) =>
        await base.AllowEnumValue(parent, enumValue)
        && (parent.Name.StartsWith("__", StringComparison.Ordinal) || (CurrentAccess.View is { } view && VisibleTypes.Of(schema, view).Contains(parent.Name)));

    public override async Task<bool> AllowField(IGraphType parent, IFieldType field)
    {
        if (!await base.AllowField(parent, field))
        {
            return false;
        }

        if (parent.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return true;
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
