using GraphQL.Types;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Members;

public sealed class RemoveMemberInputGraphType : InputObjectGraphType<RemoveMemberInput>
{
    public RemoveMemberInputGraphType()
    {
        Name = "RemoveMemberInput";
        Field<NonNullGraphType<IdGraphType>>("household");
        Field<NonNullGraphType<IdGraphType>>("person").Description("A current member of the household.");
        Field<NonNullGraphType<EnumerationGraphType<MembershipEvent>>>("event").Description("DEPARTURE or DEATH.");
        Field<NonNullGraphType<CalendarDateGraphType>>("date").Description("When the member left or died; not in the future.");
        Field<IdGraphType>("newHead").Description("When the head leaves and others stay: the member who becomes head.");
    }
}
