using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

public sealed class AccessStatisticGraphType : ObjectGraphType<AccessStatistic>
{
    public AccessStatisticGraphType()
    {
        Name = "AccessStatistic";
        this.ForAudience(FieldAudience.Officer);
        Field(s => s.AgencyCode, nullable: true).Description("Null for registry staff and citizens.");
        Field(s => s.Purpose, nullable: true);
        Field(s => s.Allowed);
        Field(s => s.Denied);
    }
}
