using GraphQL.Types;

namespace GraphRegistry.Api.Declarations;

public sealed class DeclarationInputGraphType : InputObjectGraphType<DeclarationInput>
{
    public DeclarationInputGraphType()
    {
        Name = "DeclarationInput";
        Description = "A new declaration version: the housing, and the situation of every current member.";
        Field<NonNullGraphType<HousingInputGraphType>>("housing");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemberSituationInputGraphType>>>>("members");
    }
}
