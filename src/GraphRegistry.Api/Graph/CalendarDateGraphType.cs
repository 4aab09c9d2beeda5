using GraphQL.Types;

namespace GraphRegistry.Api.Graph;

/// <summary>Calendar dates as the conventional <c>Date</c> scalar (yyyy-MM-dd).</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, yyyy-MM-dd (ISO 8601).";
    }
}
