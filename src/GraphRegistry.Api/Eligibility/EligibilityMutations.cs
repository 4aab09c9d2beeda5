using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Eligibility.Scoring;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Eligibility;

public static class EligibilityMutations
{
    public static void AddEligibilityMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ThresholdVersionGraphType>>("publishThreshold")
            .Description("Publishes a programme's next threshold version; it may not overlap the one in force. Run `rescore` to decide again. Administrators only.")
            .For(FieldAudience.Admin)
            .Argument<NonNullGraphType<PublishThresholdInputGraphType>>("input")
            .ResolveAsync(async ctx => await ctx.RequestService<ThresholdPublisher>().PublishAsync(ctx.GetArgument<PublishThresholdInput>("input"), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<ScoreModelGraphType>>("publishScoreModel")
            .Description("Publishes a new score model version, checked like a model file (every coefficient, both milieus, all regions); it is in force from the next scoring. Run `rescore` to score every household again. Administrators only.")
            .For(FieldAudience.Admin)
            .Argument<NonNullGraphType<PublishScoreModelInputGraphType>>("input")
            .ResolveAsync(async ctx => await ctx.RequestService<ScoreModelPublisher>().PublishAsync(
                ctx.GetArgument<PublishScoreModelInput>("input"), ctx.RequestService<RequestAccess>().View.Principal, ctx.CancellationToken));
    }
}
