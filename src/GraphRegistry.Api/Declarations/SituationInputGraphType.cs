using GraphQL.Types;

namespace GraphRegistry.Api.Declarations;

public sealed class SituationInputGraphType : InputObjectGraphType<SituationInput>
{
    public SituationInputGraphType()
    {
        Name = "SituationInput";
        Description = "One member's education and employment as declared.";
        Field<NonNullGraphType<EnumerationGraphType<EducationLevel>>>("educationLevel");
        Field<NonNullGraphType<BooleanGraphType>>("enrolledInSchool");
        Field<NonNullGraphType<EnumerationGraphType<EmploymentStatus>>>("employmentStatus");
        Field<NonNullGraphType<BooleanGraphType>>("hasHealthCoverage");
    }
}
