using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Graph;

namespace GraphRegistry.Api.Enrollments;

public static class EnrollmentMutations
{
    public static void AddEnrollmentMutations(this ObjectGraphType mutation) =>
        mutation.Field<EnrollmentGraphType>("recordEnrollment")
            .Description("An agency records that a household was enrolled in, suspended from or exited one of its own programmes; under the same purpose, consent and logging rules as a read.")
            .Argument<NonNullGraphType<RecordEnrollmentInputGraphType>>("input")
            .WithPurpose()
            .ResolveAsync(async ctx => await ctx.RequestService<EnrollmentRecorder>().RecordAsync(ctx, ctx.GetArgument<RecordEnrollmentInput>("input")));
}
