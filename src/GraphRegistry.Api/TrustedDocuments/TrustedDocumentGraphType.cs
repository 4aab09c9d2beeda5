using GraphQL;
using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.TrustedDocuments;

/// <summary>What the officer reviews: the agency, the operation's name and hash, and the fields it reads. No query text, which may carry literal values.</summary>
public sealed class TrustedDocumentGraphType : ObjectGraphType<TrustedDocument>
{
    public TrustedDocumentGraphType()
    {
        Name = "TrustedDocument";
        this.ForAudience(FieldAudience.Officer);
        Description = "An operation an agency submitted for review; approved ones run by hash.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(d => d.AgencyCode);
        Field(d => d.Hash).Description("SHA-256 of the query text, lowercase hex: what the agency sends to run it. The text holds no values (they travel as variables), so the hash gives none away.");
        Field<NonNullGraphType<StringGraphType>>("shape")
            .Description("The hash of the operation's shape: the documentHash the access log records for each of its runs.")
            .Resolve(ctx => AccessLog.DocumentShape.HashOf(GraphQLParser.Parser.Parse(ctx.Source.Query)));
        Field(d => d.OperationName, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Description("Every Type.field the operation reads.").Resolve(ctx => ctx.Source.Fields);
        Field<NonNullGraphType<StringGraphType>>("status").Description("PENDING, APPROVED or REJECTED.").Resolve(ctx => WireStatus(ctx.Source.Status));
        Field(d => d.SubmittedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Resolve(ctx => ctx.Source.SubmittedAt);
        Field(d => d.DecidedBy, nullable: true);
        Field<DateTimeOffsetGraphType>("decidedAt").Resolve(ctx => ctx.Source.DecidedAt);
        Field(d => d.Reason, nullable: true);
    }

    public static string WireStatus(TrustedDocumentStatus status) => status.ToString().ToConstantCase();
}
