using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Agencies;

public sealed class AgencyGraphType : ObjectGraphType<Agency>
{
    public AgencyGraphType()
    {
        Name = "Agency";
        this.ForAudience(FieldAudience.Admin);
        Description = "A partner agency and its data-sharing agreement. Administrators only.";
        Field(a => a.Code);
        Field(a => a.Name);
        Field(a => a.LegalBasisReference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyPurposeGraphType>>>>("purposes").Resolve(ctx => ctx.Source.Purposes);
        Field<NonNullGraphType<EnumerationGraphType<RowScopeKind>>>("rowScope").Resolve(ctx => ctx.Source.RowScope);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopeRegions").Resolve(ctx => ctx.Source.ScopeRegions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldGrantGraphType>>>>("grants")
            .Resolve(ctx => ctx.Source.Grants.OrderBy(g => g.Coordinate, StringComparer.Ordinal).ToList());
    }
}
