using GraphQL.Types;
using GraphRegistry.Api.Privacy;

namespace GraphRegistry.Api.AccessLog;

public sealed class ChainVerificationGraphType : ObjectGraphType<ChainVerification>
{
    public ChainVerificationGraphType()
    {
        Name = "ChainVerification";
        this.ForAudience(FieldAudience.Officer);
        Description = "The result of walking the access log's hash chain.";
        Field(v => v.Valid);
        Field(v => v.VerifiedEntries).Description("Entries that held before the first broken link (all of them when valid).");
        Field(v => v.FirstBrokenSequence, nullable: true);
        Field(v => v.Problem, nullable: true).Description("What is wrong with the first broken entry: missing, out of order or altered.");
    }
}
