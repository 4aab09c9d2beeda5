using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Agencies;

public sealed class AgencyPurposeGraphType : ObjectGraphType<AgencyPurpose>
{
    public AgencyPurposeGraphType()
    {
        Name = "AgencyPurpose";
        this.ForAudience(FieldAudience.Admin);
        Description = "A purpose an agency may declare.";
        Field(p => p.Code);
        Field(p => p.Description).Description("In plain words, as citizens see it in their access log.");
        Field(p => p.LegalBasis, nullable: true).Description("The legal text covering this purpose without consent; null when consent is required.");
    }
}
