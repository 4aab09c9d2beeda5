using GraphQL.Types;

namespace GraphRegistry.Api.AccessLog;

public sealed class AccessStatisticGraphType : ObjectGraphType<AccessStatistic>
{
    public AccessStatisticGraphType()
    {
        Name = "AccessStatistic";
        Field(s => s.AgencyCode, nullable: true).Description("Null for registry staff and citizens.");
        Field(s => s.Purpose, nullable: true);
        Field(s => s.Allowed);
        Field(s => s.Denied);
    }
}
