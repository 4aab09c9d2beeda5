using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Statistics;

public static partial class StatisticsQueries
{
    public static void AddStatisticsFields(this ObjectGraphType query)
    {
        Counts(query, "householdCounts", StatisticsService.Households, "Households counted by one or two dimensions. Analysts only.");
        Counts(query, "personCounts", StatisticsService.Persons, "Current members of households counted by one or two dimensions of their household. Analysts only.");

        query.Field<NonNullGraphType<StatisticTableGraphType>>("thresholdWhatIf")
            .Description("How many households per region a proposed threshold would make eligible or ineligible for a programme, from the latest scores and criteria; nothing is published. Analysts only.")
            .For(FieldAudience.Analyst)
            .Argument<NonNullGraphType<StringGraphType>>("program")
            .Argument<NonNullGraphType<FloatGraphType>>("threshold", "The proposed threshold, in the configured steps.")
            .Argument<EnumerationGraphType<Comparator>>("comparator", "Defaults to the comparator in force.")
            .Argument<IntGraphType>("minimumCount", "Raise the suppression minimum; it cannot go below the configured one.")
            .WithPurpose()
            .ResolveAsync(async ctx =>
            {
                var program = ctx.GetArgument<string>("program");
                var purpose = Purpose(ctx);
                var table = await ctx.RequestService<StatisticsService>().WhatIfAsync(
                    Analyst(ctx), program, ctx.GetArgument<double>("threshold"), ctx.GetArgument<Comparator?>("comparator"), ctx.GetArgument<int?>("minimumCount"), ctx.CancellationToken);
                Log(ctx, $"Query.thresholdWhatIf(program: {program})", purpose);
                return table;
            });
    }

    private static void Counts(ObjectGraphType query, string name, string unit, string description) =>
        query.Field<NonNullGraphType<StatisticTableGraphType>>(name)
            .Description(description)
            .For(FieldAudience.Analyst)
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<StatisticDimension>>>>>("by", "One or two dimensions.")
            .Argument<StringGraphType>("program", "The programme that ELIGIBILITY, ENROLLMENT and COVERAGE refer to.")
            .Argument<StringGraphType>("scoreModel", "SCORE_BAND from each household's latest score under this model version, to compare before and after a model change.")
            .Argument<IntGraphType>("minimumCount", "Raise the suppression minimum; it cannot go below the configured one.")
            .WithPurpose()
            .ResolveAsync(async ctx =>
            {
                var by = ctx.GetArgument<List<StatisticDimension>>("by");
                var program = ctx.GetArgument<string?>("program");
                var scoreModel = ctx.GetArgument<string?>("scoreModel");
                var purpose = Purpose(ctx);
                var table = await ctx.RequestService<StatisticsService>().CountAsync(Analyst(ctx), by, unit, program, scoreModel, ctx.GetArgument<int?>("minimumCount"), ctx.CancellationToken);

                // Logged once the question is known to be valid, so only known codes reach the log.
                Log(ctx, $"Query.{name}(by: {string.Join(", ", by.Select(StatisticsService.Name))}{(program is null ? string.Empty : $"; program: {program}")}{(scoreModel is null ? string.Empty : $"; scoreModel: {scoreModel}")})", purpose);
                return table;
            });

    // An aggregate is logged like any read: who, for what purpose, which dimensions; never the counts.
    private static void Log(IResolveFieldContext context, string question, string? purpose)
    {
        var recorder = context.RequestService<AccessRecorder>();
        recorder.Field(question);
        recorder.Basis("ROLE:ANALYST");
        if (purpose is not null)
        {
            recorder.Purpose(purpose);
        }
    }

    // The budget is the analyst's own, whichever node answers.
    private static string Analyst(IResolveFieldContext context) => context.RequestService<RequestAccess>().View.Principal.Subject;

    // An analyst's purpose is a code (PLANNING, EVALUATION…), never free text that could carry a name into the log.
    private static string? Purpose(IResolveFieldContext context) => context.GetArgument<string?>(PurposeRule.ArgumentName) switch
    {
        null => null,
        var code when PurposeCode().IsMatch(code) => code,
        _ => throw new RegistryError(ErrorCodes.InvalidArgument, "'purpose' is a code of 2–64 capital letters, digits or '_'."),
    };

    [GeneratedRegex(@"\A[A-Z][A-Z0-9_]{1,63}\z")]
    private static partial Regex PurposeCode();
}
