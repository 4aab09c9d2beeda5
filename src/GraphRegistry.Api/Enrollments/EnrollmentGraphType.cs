using GraphQL.Types;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Enrollments;

public sealed class EnrollmentGraphType : ObjectGraphType<Enrollment>
{
    public EnrollmentGraphType()
    {
        Name = "Enrollment";
        Description = "One step of the household's participation in a programme, as the agency running it recorded it.";
        Field("program", e => e.ProgramCode);
        Field<NonNullGraphType<EnumerationGraphType<EnrollmentStatus>>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveOn").Resolve(ctx => ctx.Source.EffectiveOn);
        Field(e => e.Reference).Description("The agency's case reference.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(ctx => ctx.Source.RecordedAt);
    }
}
