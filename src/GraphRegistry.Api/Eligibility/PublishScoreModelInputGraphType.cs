using GraphQL.Types;

namespace GraphRegistry.Api.Eligibility;

public sealed class PublishScoreModelInputGraphType : InputObjectGraphType<PublishScoreModelInput>
{
    public PublishScoreModelInputGraphType()
    {
        Name = "PublishScoreModelInput";
        Field<NonNullGraphType<StringGraphType>>("document")
            .Description("The model file's JSON text, in the format of schema/score-models/illustrative-2025.1.json.");
        Field<NonNullGraphType<StringGraphType>>("sourceReference").Description("The decree or study the coefficients come from, or why they are illustrative.");
    }
}
