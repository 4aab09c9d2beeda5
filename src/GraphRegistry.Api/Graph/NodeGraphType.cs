using GraphQL.Types;

namespace GraphRegistry.Api.Graph;

/// <summary>The Relay Node interface: anything with an opaque public id can be fetched by it.</summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque public identifier.");
    }
}
