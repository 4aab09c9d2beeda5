using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.ChangeRequests;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Declarations;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Graph.Loading;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Members;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Privacy.Masking;
using GraphRegistry.Api.Verification;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Households;

public sealed class HouseholdGraphType : ObjectGraphType<Household>
{
    public HouseholdGraphType()
    {
        Name = "Household";
        Interface<NodeGraphType>();
        IsTypeOf = value => value is Household;
        Description = "A household of the registry: the unit that declares, is scored and is found eligible.";

        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque public identifier.").Resolve(ctx => ctx.Source.PublicId);
        Field<NonNullGraphType<RegionGraphType>>("region").Description("One of Morocco's 12 regions.").Resolve(ctx => Regions.Get(ctx.Source.RegionCode));
        Field(h => h.ProvinceCode).Description("Province or prefecture code.");
        Field(h => h.CommuneCode).Description("Commune code.");
        Field<NonNullGraphType<EnumerationGraphType<Milieu>>>("milieu").Resolve(ctx => ctx.Source.Milieu);
        this.PersonalString("address", PersonalField.HouseholdAddress, MaskableAs.Address, h => h.Address, h => new MaskContext(RegionName: Regions.Get(h.RegionCode).NameLatin))
            .Description("Postal address. Personal data, encrypted at rest.");
        this.PersonalString("phone", PersonalField.HouseholdPhone, MaskableAs.Phone, h => h.Phone)
            .Description("Contact phone number. Personal data, encrypted at rest.");
        Field<NonNullGraphType<EnumerationGraphType<HouseholdStatus>>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("registeredAt").Resolve(ctx => ctx.Source.RegisteredAt);
        Field<DateTimeOffsetGraphType>("lastDeclarationAt").Resolve(ctx => ctx.Source.LastDeclarationAt);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipGraphType>>>>("members")
            .Description("Current members, head first.")
            .Resolve(ctx => ctx.RequestService<MembersByHouseholdLoader>().Load(ctx.Source.Id)
                .Then(members => members.OrderBy(m => m.Relationship != Relationship.Head).ToList()));
        Field<NonNullGraphType<IntGraphType>>("size")
            .Description("Number of current members.")
            .Resolve(ctx => ctx.RequestService<MemberCountByHouseholdLoader>().Load(ctx.Source.Id));
        Field<DeclarationGraphType>("latestDeclaration")
            .Description("The declaration in force: the highest version.")
            .Resolve(ctx => ctx.RequestService<DeclarationsByHouseholdLoader>().Load(ctx.Source.Id).Then(versions => versions.FirstOrDefault()));
        Field<Eligibility.ScoreGraphType>("score")
            .Description("The latest socio-economic score (ILLUSTRATIVE model), with each variable's contribution.")
            .Resolve(ctx => ctx.RequestService<Eligibility.LatestScoreByHouseholdLoader>().Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Eligibility.EligibilityDecisionGraphType>>>>("eligibility")
            .Description("The latest eligibility decision per programme, with its reasons.")
            .Argument<StringGraphType>("program", "Only this programme.")
            .Resolve(ctx => ctx.RequestService<Eligibility.LatestDecisionsByHouseholdLoader>().Load(ctx.Source.Id)
                .Then(decisions => ctx.GetArgument<string?>("program") is { } program ? decisions.Where(d => d.Program.Code == program).ToList() : decisions));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Enrollments.EnrollmentGraphType>>>>("enrollments")
            .Description("Every enrolment step the programmes' agencies recorded, newest first.")
            .Resolve(ctx => ctx.RequestService<Enrollments.EnrollmentsByHouseholdLoader>().Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Consents.ConsentGraphType>>>>("consents")
            .Description("Consents the household gave, newest first, whatever their status.")
            .ResolveAsync(async ctx =>
            {
                await using var db = await ctx.RequestService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(ctx.CancellationToken);
                return await db.Consents.AsNoTracking().Where(c => c.HouseholdId == ctx.Source.Id).OrderByDescending(c => c.Id).ToListAsync(ctx.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeclarationGraphType>>>>("declarations")
            .Description("Every declaration version, newest first. Versions are never overwritten.")
            .Resolve(ctx => ctx.RequestService<DeclarationsByHouseholdLoader>().Load(ctx.Source.Id));
        Field<NonNullGraphType<BooleanGraphType>>("updateDue")
            .Description("Whether the last declaration is older than the configured period, so the household is due to declare again. Registry operators only.")
            .For(FieldAudience.Operator)
            .Resolve(ctx => DeclarationSchedule.IsDue(ctx.Source, DeclarationSchedule.Cutoff(ctx)));
        this.AddChangeRequestsField();
        this.AddVerificationChecksField();
        this.AddHistoryField();
    }
}
