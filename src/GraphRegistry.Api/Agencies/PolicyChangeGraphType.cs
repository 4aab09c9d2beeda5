using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Agencies;

public sealed class PolicyChangeGraphType : ObjectGraphType<PolicyChange>
{
    public PolicyChangeGraphType()
    {
        Name = "PolicyChange";
        this.ForAudience(FieldAudience.Admin);
        Description = "One change to an agency's grants: who made it and when.";
        Field(c => c.AgencyCode);
        Field(c => c.Coordinate);
        Field(c => c.Change).Description("FULL, MASKED(KIND) or REVOKED.");
        Field(c => c.ChangedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("changedAt").Resolve(ctx => ctx.Source.ChangedAt);
    }
}
