using GraphQL.Types;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Enrollments;

public sealed class RecordEnrollmentInputGraphType : InputObjectGraphType<RecordEnrollmentInput>
{
    public RecordEnrollmentInputGraphType()
    {
        Name = "RecordEnrollmentInput";
        Field<NonNullGraphType<IdGraphType>>("household");
        Field<NonNullGraphType<StringGraphType>>("program").Description("One of the calling agency's own programmes.");
        Field<NonNullGraphType<EnumerationGraphType<EnrollmentStatus>>>("status")
            .Description("ENROLLED first; then SUSPENDED or EXITED; ENROLLED again after either.");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveOn").Description("Not before the household's registration, the previous step or after today.");
        Field<NonNullGraphType<StringGraphType>>("reference").Description("The agency's case reference: 1–40 letters, digits, '-' or '/'.");
    }
}
