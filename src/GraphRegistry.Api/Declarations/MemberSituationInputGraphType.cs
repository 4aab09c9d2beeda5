using GraphQL.Types;

namespace GraphRegistry.Api.Declarations;

public sealed class MemberSituationInputGraphType : InputObjectGraphType<MemberSituationInput>
{
    public MemberSituationInputGraphType()
    {
        Name = "MemberSituationInput";
        Field<NonNullGraphType<IdGraphType>>("person").Description("The public id of a current member.");
        Field<NonNullGraphType<SituationInputGraphType>>("situation");
    }
}
