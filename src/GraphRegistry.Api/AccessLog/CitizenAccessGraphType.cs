using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

public sealed class CitizenAccessGraphType : ObjectGraphType<CitizenAccess>
{
    public CitizenAccessGraphType()
    {
        Name = "CitizenAccess";
        this.ForAudience(FieldAudience.Citizen);
        Description = "Someone read (or tried to read) your household's data.";
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Resolve(ctx => ctx.Source.OccurredAt);
        Field(a => a.Who).Description("The agency's name, or the registry's own staff.");
        Field(a => a.Why, nullable: true).Description("The purpose they declared, in plain words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("what").Description("What they read, in plain words.").Resolve(ctx => ctx.Source.What);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitizenAccessFieldGraphType>>>>("fields").Description("What they read, as field coordinates, in the order of `what`.").Resolve(ctx => ctx.Source.Fields);
        Field(a => a.PrincipalKind).Description("AGENCY, or the staff role that read: OPERATOR, PRIVACY_OFFICER, ADMIN.");
        Field(a => a.AgencyCode, nullable: true).Description("The agency's code; null for the registry's own staff.");
        Field(a => a.Purpose, nullable: true).Description("The purpose's code, as the agency declared it.");
        Field<NonNullGraphType<EnumerationGraphType<AccessOutcome>>>("outcome").Description("DENIED when the registry refused them.").Resolve(ctx => ctx.Source.Outcome);
    }
}
