using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.History;

public sealed class ModificationGraphType : ObjectGraphType<Modification>
{
    public ModificationGraphType()
    {
        Name = "Modification";
        Description = "One change to one field of a household's records: who, when, why, old and new value. Registry operators only.";
        this.ForAudience(FieldAudience.Operator);

        Field<NonNullGraphType<IdGraphType>>("recordId").Description("Public id of the changed household, person or declaration.").Resolve(ctx => ctx.Source.RecordId);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The changed field, as Type.field.").Resolve(ctx => ctx.Source.Field);
        this.PersonalString("oldValue", PersonalField.ModificationOldValue, null, m => m.OldValue).Description("The value before; null when the record was created. Encrypted at rest.");
        this.PersonalString("newValue", PersonalField.ModificationNewValue, null, m => m.NewValue).Description("The value after; null when it was cleared. Encrypted at rest.");
        Field<NonNullGraphType<EnumerationGraphType<ModificationReason>>>("reason").Resolve(ctx => ctx.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("changedBy").Description("The operator or citizen principal behind the change.").Resolve(ctx => ctx.Source.ChangedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("changedAt").Resolve(ctx => ctx.Source.ChangedAt);
    }
}
