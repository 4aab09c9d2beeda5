using GraphQL.Types;
using GraphRegistry.Api.Eligibility.Scoring;

namespace GraphRegistry.Api.Eligibility;

public sealed class ContributionGraphType : ObjectGraphType<VariableContribution>
{
    public ContributionGraphType()
    {
        Name = "ScoreContribution";
        Field(c => c.Variable);
        Field(c => c.Value);
        Field(c => c.Coefficient);
        Field(c => c.Contribution);
    }
}
