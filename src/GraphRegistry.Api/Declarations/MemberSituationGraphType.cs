using GraphQL.Types;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Members;

namespace GraphRegistry.Api.Declarations;

public sealed class MemberSituationGraphType : ObjectGraphType<MemberSituation>
{
    public MemberSituationGraphType()
    {
        Name = "MemberSituation";
        Field<PersonGraphType>("person").Resolve(ctx => ctx.RequestService<PersonByPublicIdLoader>().Load(ctx.Source.PersonPublicId));
        Field<NonNullGraphType<EnumerationGraphType<EducationLevel>>>("educationLevel").Resolve(ctx => ctx.Source.EducationLevel);
        Field(s => s.EnrolledInSchool);
        Field<NonNullGraphType<EnumerationGraphType<EmploymentStatus>>>("employmentStatus").Resolve(ctx => ctx.Source.EmploymentStatus);
        Field(s => s.HasHealthCoverage).Description("Covered by a health insurance scheme.");
    }
}
