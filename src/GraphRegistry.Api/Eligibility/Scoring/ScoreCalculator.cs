using System.Runtime.CompilerServices;
using GraphRegistry.Api.Households;

namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>score = constant + regional adjustment + Σ coefficient × variable, with every term kept for the explanation.</summary>
public static class ScoreCalculator
{
    // A variant's coefficients in the order of ScoreVariables.Names, looked up once per model
    // instead of 31 times per household.
    private static readonly ConditionalWeakTable<ScoreModelVariant, double[]> CoefficientsInOrder = [];

    public static ScoreResult Compute(ScoreModel model, ScoringInput input)
    {
        var variant = model.Variants[VariantKey(input.Milieu)];
        var coefficients = CoefficientsInOrder.GetValue(variant, v => [.. ScoreVariables.Names.Select(name => v.Coefficients[name])]);
        Span<double> values = stackalloc double[coefficients.Length];
        ScoreVariables.Compute(input, values);
        var contributions = new List<VariableContribution>(values.Length);
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var contribution = coefficients[i] * values[i];
            contributions.Add(new VariableContribution(ScoreVariables.Names[i], values[i], coefficients[i], contribution));
            sum += contribution;
        }

        var regional = variant.RegionAdjustments.GetValueOrDefault(input.RegionCode);
        var score = variant.Constant + regional + sum;
        return new ScoreResult(model.Version, Math.Round(score, 6), variant.Constant, regional, contributions);
    }

    private static string VariantKey(Milieu milieu) => milieu switch
    {
        Milieu.Urban => "URBAN",
        Milieu.Rural => "RURAL",
        _ => milieu.ToString().ToUpperInvariant(),
    };
}
