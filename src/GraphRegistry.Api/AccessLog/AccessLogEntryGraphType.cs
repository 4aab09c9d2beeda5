using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

public sealed class AccessLogEntryGraphType : ObjectGraphType<AccessLogEntry>
{
    public AccessLogEntryGraphType()
    {
        Name = "AccessLogEntry";
        this.ForAudience(FieldAudience.Officer);
        Description = "One read of household data or one refused attempt: identifiers and field names, never values.";
        Field(e => e.Sequence).Description("Position in the hash chain.");
        Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Resolve(ctx => ctx.Source.OccurredAt);
        Field(e => e.PrincipalKind);
        Field(e => e.PrincipalSubject);
        Field(e => e.AgencyCode, nullable: true);
        Field(e => e.Purpose, nullable: true);
        Field(e => e.Basis, nullable: true).Description("CONSENT:id, LEGAL_BASIS:text, DATA_SUBJECT or ROLE:kind.");
        Field(e => e.OperationName, nullable: true);
        Field(e => e.DocumentHash).Description("Which kind of document ran: 'shape:' and a hash of its shape, with every value, alias and chosen name taken out, so no value can be recovered from it; 'sealed:' for an entry written before shapes, whose hash the registry keeps encrypted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("subjects").Resolve(ctx => ctx.Source.Subjects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Resolve(ctx => ctx.Source.Fields);
        Field<NonNullGraphType<EnumerationGraphType<AccessOutcome>>>("outcome").Resolve(ctx => ctx.Source.Outcome);
        Field(e => e.Reason, nullable: true);
        Field(e => e.RequestId);
        Field(e => e.Hash);
    }
}
