using GraphQL.Types;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Members;

public sealed class AddMemberInputGraphType : InputObjectGraphType<AddMemberInput>
{
    public AddMemberInputGraphType()
    {
        Name = "AddMemberInput";
        Field<NonNullGraphType<IdGraphType>>("household");
        Field<NonNullGraphType<EnumerationGraphType<MembershipEvent>>>("event").Description("BIRTH, MARRIAGE or ARRIVAL.");
        Field<NonNullGraphType<CalendarDateGraphType>>("date").Description("When the member joined; not in the future.");
        Field<NonNullGraphType<NewMemberInputGraphType>>("member").Description("The person; someone already registered and in no household joins with their existing record.");
    }
}
