using GraphQL;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Statistics;

/// <summary>An analyst's questions for the day are used up; the error says when the budget refills (extensions.refillsAt).</summary>
public sealed class StatisticsBudgetExhaustedError : ExecutionError
{
    public StatisticsBudgetExhaustedError(int questionsPerDay, DateTimeOffset refillsAt)
        : base($"The {questionsPerDay} distinct statistics questions of today (UTC) are used; asking one of them again costs nothing; the budget refills at {refillsAt:yyyy-MM-dd'T'HH:mm:ss'Z'}.")
    {
        Code = ErrorCodes.StatisticsBudgetExhausted;
        RefillsAt = refillsAt;
    }

    public DateTimeOffset RefillsAt { get; }
}
