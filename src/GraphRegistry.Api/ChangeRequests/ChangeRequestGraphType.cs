using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.ChangeRequests;

public sealed class ChangeRequestGraphType : ObjectGraphType<ChangeRequest>
{
    public ChangeRequestGraphType()
    {
        Name = "ChangeRequest";
        Description = "A request to correct one field of a household's records, and its review. Seen by the household's citizens and registry operators only.";
        this.ForAudience(FieldAudience.Casework);

        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.PublicId);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The field to correct, as Type.field.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<IdGraphType>>("recordId").Description("Public id of the household or member concerned.").Resolve(ctx => ctx.Source.RecordId);
        this.PersonalString("oldValue", PersonalField.ChangeRequestOldValue, null, r => r.OldValue).Description("The value on file when the request was made. Encrypted at rest.");
        this.PersonalString("newValue", PersonalField.ChangeRequestNewValue, null, r => r.NewValue).Description("The value asked for. Encrypted at rest.");
        Field<NonNullGraphType<EnumerationGraphType<ChangeRequestStatus>>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(ctx => ctx.Source.RequestedAt);
        Field<DateTimeOffsetGraphType>("submittedAt").Resolve(ctx => ctx.Source.SubmittedAt);
        Field<DateTimeOffsetGraphType>("reviewedAt").Resolve(ctx => ctx.Source.ReviewedAt);
        Field<DateTimeOffsetGraphType>("appliedAt").Resolve(ctx => ctx.Source.AppliedAt);
    }
}
