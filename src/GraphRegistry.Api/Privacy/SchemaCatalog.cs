using System.Collections.Frozen;
using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Privacy;

/// <summary>
/// Every field that needs a grant, read once from the running schema. Connection plumbing,
/// page info, reference data and introspection are structural and need none.
/// </summary>
public sealed class SchemaCatalog
{
    private static readonly FrozenSet<string> StructuralTypes = FrozenSet.Create(StringComparer.Ordinal, "PageInfo", "Region");

    private readonly FrozenDictionary<string, FieldDescriptor> fields;

    public SchemaCatalog(RegistrySchema schema)
    {
        schema.Initialize();
        RootTypes = FrozenSet.Create(StringComparer.Ordinal, [.. new IGraphType?[] { schema.Query, schema.Mutation }.OfType<IGraphType>().Select(t => t.Name)]);
        fields = schema.AllTypes
            .OfType<IComplexGraphType>()
            .Where(type => type is not (IInputObjectGraphType or IInterfaceGraphType) && IsGoverned(type.Name))
            .SelectMany(type => type.Fields.Select(field => new FieldDescriptor(
                type.Name,
                field.Name,
                field.IsPersonal(),
                field.MaskableAs(),
                field.ResolvedType?.GetNamedType() is StringGraphType,
                RootTypes.Contains(type.Name),
                field.Audience(type))))
            .ToFrozenDictionary(f => f.Coordinate, StringComparer.Ordinal);
    }

    public FrozenSet<string> RootTypes { get; }

    public IEnumerable<FieldDescriptor> Fields => fields.Values;

    public bool IsGoverned(string typeName) =>
        !typeName.StartsWith("__", StringComparison.Ordinal)
        && !StructuralTypes.Contains(typeName)
        && !typeName.EndsWith("Connection", StringComparison.Ordinal)
        && !typeName.EndsWith("Edge", StringComparison.Ordinal);

    public FieldDescriptor? Find(string coordinate) => fields.GetValueOrDefault(coordinate);
}
