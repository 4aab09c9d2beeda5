using GraphQL;
using GraphQL.Types;
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
    }
}
