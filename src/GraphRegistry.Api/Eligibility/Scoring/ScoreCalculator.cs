namespace GraphRegistry.Api.Eligibility.Scoring;

/// <summary>score = constant + regional adjustment + Σ coefficient × variable, with every term kept for the explanation.</summary>
public static class ScoreCalculator
{
    public static ScoreResult Compute(ScoreModel model, ScoringInput input)
    {
        var variant = model.Variants[input.Milieu.ToString().ToUpperInvariant()];
        var values = ScoreVariables.Compute(input);
        var contributions = ScoreVariables.Names
            .Select(name => new VariableContribution(name, values[name], variant.Coefficients[name], variant.Coefficients[name] * values[name]))
            .ToList();
        var regional = variant.RegionAdjustments.GetValueOrDefault(input.RegionCode);
        var score = variant.Constant + regional + contributions.Sum(c => c.Contribution);
        return new ScoreResult(model.Version, Math.Round(score, 6), variant.Constant, regional, contributions);
    }
}
