using GraphRegistry.Api.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GraphRegistry.Api.Eligibility;

/// <summary>
/// The columns scoring writes, and one household's rows with their values converted as the
/// database stores them. Rows are built on the scoring cores: the conversions (the contributions'
/// JSON above all) were a third of the single writer thread's time, and it now only binds them.
/// </summary>
public sealed class ScoreRows(IModel model)
{
    private const int ReasonsColumn = 7;
    private const int TopVariablesColumn = 8;

    /// <summary>Where a decision row holds the key of its score, known once the score is written.</summary>
    public const int ScoreIdColumn = 2;

    internal TableColumns Scores { get; } = new(model, typeof(ScoreComputation),
        ["HouseholdId", "DeclarationId", "DeclarationVersion", "ModelVersion", "CalculatedScore", "Trigger", "RunId", "ComputedAt", "Contributions"]);

    internal TableColumns Decisions { get; } = new(model, typeof(EligibilityDecision),
        ["HouseholdId", "ProgramCode", "ScoreComputationId", "ScoreUsed", "ThresholdVersionId", "Eligible", "CriteriaMet", "Reasons", "TopVariables", "DecidedAt"]);

    public HouseholdRows For(ScoreComputation score, IReadOnlyList<EligibilityDecision> decisions)
    {
        object?[] scoreRow =
        [
            score.HouseholdId, score.DeclarationId, score.DeclarationVersion, score.ModelVersion, score.CalculatedScore, score.Trigger, score.RunId, score.ComputedAt,
            ContributionsJson.Write(score.Contributions),
        ];
        var decisionRows = new object?[decisions.Count][];
        List<string>? lastTopVariables = null;
        object? topVariables = null;
        for (var i = 0; i < decisions.Count; i++)
        {
            var decision = decisions[i];

            // A household's decisions share one list of top variables: converted once.
            if (!ReferenceEquals(decision.TopVariables, lastTopVariables))
            {
                lastTopVariables = decision.TopVariables;
                topVariables = Decisions.ToProvider(TopVariablesColumn, decision.TopVariables);
            }

            decisionRows[i] =
            [
                decision.HouseholdId, decision.ProgramCode, null, decision.ScoreUsed, decision.ThresholdVersionId, decision.Eligible, decision.CriteriaMet,
                Decisions.ToProvider(ReasonsColumn, decision.Reasons), topVariables, decision.DecidedAt,
            ];
        }

        return new HouseholdRows(score.HouseholdId, scoreRow, decisionRows);
    }
}
