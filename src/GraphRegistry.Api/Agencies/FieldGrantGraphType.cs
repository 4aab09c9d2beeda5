using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Agencies;

public sealed class FieldGrantGraphType : ObjectGraphType<FieldGrant>
{
    public FieldGrantGraphType()
    {
        Name = "FieldGrant";
        this.ForAudience(FieldAudience.Admin);
        Field(g => g.Coordinate).Description("Type.field");
        Field<NonNullGraphType<EnumerationGraphType<FieldAccess>>>("access").Resolve(ctx => ctx.Source.Access);
        Field<MaskKindGraphType>("mask").Resolve(ctx => ctx.Source.Mask);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("grantedAt").Resolve(ctx => ctx.Source.GrantedAt);
        Field(g => g.GrantedBy);
    }
}
