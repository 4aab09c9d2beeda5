using GraphQL.Types;

namespace GraphRegistry.Api.Households;

public sealed class RegionGraphType : ObjectGraphType<Region>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "A region of the 2015 territorial division.";
        Field(r => r.Code).Description("Official two-digit code, 01 to 12.");
        Field(r => r.NameLatin).Description("Name in Latin script.");
        Field(r => r.NameArabic).Description("Name in Arabic script.");
    }
}
