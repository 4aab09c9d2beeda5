using GraphQL.Types;

namespace GraphRegistry.Api.Agencies;

public sealed class GrantFieldInputGraphType : InputObjectGraphType<GrantFieldInput>
{
    public GrantFieldInputGraphType()
    {
        Name = "GrantFieldInput";
        Field<NonNullGraphType<StringGraphType>>("agency").Description("Agency code.");
        Field<NonNullGraphType<StringGraphType>>("field").Description("Type.field, as in schema/registry.graphql.");
        Field<NonNullGraphType<EnumerationGraphType<FieldAccess>>>("access");
        Field<MaskKindGraphType>("mask").Description("Required when access is MASKED.");
    }
}
