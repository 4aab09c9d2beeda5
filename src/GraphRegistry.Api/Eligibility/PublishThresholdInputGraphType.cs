using GraphQL.Types;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Eligibility;

public sealed class PublishThresholdInputGraphType : InputObjectGraphType<PublishThresholdInput>
{
    public PublishThresholdInputGraphType()
    {
        Name = "PublishThresholdInput";
        Field<NonNullGraphType<StringGraphType>>("program");
        Field<NonNullGraphType<FloatGraphType>>("threshold");
        Field<NonNullGraphType<EnumerationGraphType<Comparator>>>("comparator");
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Description("After the start of the version in force, which it closes the day before.");
        Field<NonNullGraphType<EnumerationGraphType<Provenance>>>("provenance");
        Field<NonNullGraphType<StringGraphType>>("sourceReference").Description("The legal text, or why the figure is illustrative.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<ExtraCriterion>>>>("criteria");
    }
}
