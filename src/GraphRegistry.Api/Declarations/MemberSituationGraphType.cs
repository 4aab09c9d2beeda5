using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Declarations;

public sealed class MemberSituationGraphType : ObjectGraphType<SituationView>
{
    public MemberSituationGraphType()
    {
        Name = "MemberSituation";

        // Only among the household's current members: a member who has since moved away is not a
        // door into their new household, which this caller may have no consent or scope for.
        Field<PersonGraphType>("person")
            .Description("The member, while they still belong to the household; null once they have left.")
            .Resolve(ctx => ctx.RequestService<MembersByHouseholdLoader>().Load(ctx.Source.HouseholdId)
                .Then(members => members.FirstOrDefault(m => m.Person!.PublicId == ctx.Source.Situation.PersonPublicId)?.Person));
        Field<NonNullGraphType<EnumerationGraphType<EducationLevel>>>("educationLevel").Resolve(ctx => ctx.Source.Situation.EducationLevel);
        Field<NonNullGraphType<BooleanGraphType>>("enrolledInSchool").Resolve(ctx => ctx.Source.Situation.EnrolledInSchool);
        Field<NonNullGraphType<EnumerationGraphType<EmploymentStatus>>>("employmentStatus").Resolve(ctx => ctx.Source.Situation.EmploymentStatus);
        Field<NonNullGraphType<BooleanGraphType>>("hasHealthCoverage").Description("Covered by a health insurance scheme.").Resolve(ctx => ctx.Source.Situation.HasHealthCoverage);
    }
}
