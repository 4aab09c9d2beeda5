using GraphQL.Builders;
using GraphQL.Types;

namespace GraphRegistry.Api.Consents;

public static class PurposeArgument
{
    /// <summary>The purpose argument of root fields that read household data: required of agencies, recorded for all.</summary>
    public static FieldBuilder<TSource, TReturn> WithPurpose<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>(PurposeRule.ArgumentName, "Why the data is read. Agencies must give one of their declared purposes; it is recorded in the access log.");
}
