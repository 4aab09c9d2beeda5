using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Households;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Registration;

public static class RegistrationMutations
{
    public static void AddRegistrationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HouseholdGraphType>>("registerHousehold")
            .Description("Registers a household at a service desk: members, address, phone and first declaration, all or nothing. The household is ACTIVE and scored. Operators only.")
            .For(FieldAudience.Operator)
            .Argument<NonNullGraphType<RegisterHouseholdInputGraphType>>("input")
            .ResolveAsync(async ctx => Touched(ctx, await ctx.RequestService<HouseholdRegistrar>().RegisterAsync(
                ctx.GetArgument<RegisterHouseholdInput>("input"), Registrant.Operator(ctx.RequestService<RequestAccess>().View.Principal.Subject), ctx.CancellationToken)));
    }

    /// <summary>me.preRegister: the citizen registers their household online and becomes its head.</summary>
    public static void AddPreRegistrationField(this ObjectGraphType<object> me) =>
        me.Field<NonNullGraphType<HouseholdGraphType>>("preRegister")
            .Description("Pre-registers your household online, with you as its HEAD. It stays PENDING_VERIFICATION until checked against administrative sources.")
            .For(FieldAudience.Citizen)
            .Argument<NonNullGraphType<RegisterHouseholdInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var principal = ctx.RequestService<RequestAccess>().View.Principal;
                var personId = principal.PersonPublicId!;
                if (!personId.StartsWith(PublicId.PersonPrefix, StringComparison.Ordinal) || personId.Length > 32)
                {
                    throw new RegistryError(ErrorCodes.InvalidArgument, "The signed-in identity does not carry a registry person id.");
                }

                return Touched(ctx, await ctx.RequestService<HouseholdRegistrar>().RegisterAsync(
                    ctx.GetArgument<RegisterHouseholdInput>("input"), Registrant.Citizen(principal.Subject, personId), ctx.CancellationToken));
            });

    private static Household Touched(IResolveFieldContext context, Household household)
    {
        HouseholdWrites.Touch(context, household.PublicId);
        return household;
    }
}
