using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.Verification;

public sealed class VerificationCheckGraphType : ObjectGraphType<VerificationCheck>
{
    public VerificationCheckGraphType()
    {
        Name = "VerificationCheck";
        Description = "One declared value checked against an administrative source: MATCH, MISMATCH or UNAVAILABLE. Registry operators only.";
        this.ForAudience(FieldAudience.Operator);

        Field<NonNullGraphType<EnumerationGraphType<VerificationSource>>>("source").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The checked field, as Type.field.").Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("Public id of the person or household the value belongs to.").Resolve(ctx => ctx.Source.SubjectId);
        Field<NonNullGraphType<EnumerationGraphType<CheckResult>>>("result").Resolve(ctx => ctx.Source.Result);
        Field<IntGraphType>("declarationVersion").Resolve(ctx => ctx.Source.DeclarationVersion);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("checkedAt").Resolve(ctx => ctx.Source.CheckedAt);
    }
}
