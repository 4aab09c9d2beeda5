namespace GraphRegistry.Api.Eligibility;

public static class Explanation
{
    public static string Of(DecisionView view) =>
        $"{(view.Decision.Eligible ? "Eligible" : "Not eligible")} for {view.Program.Name}: {string.Join("; ", view.Decision.Reasons)}"
        + (view.Threshold.Provenance == Provenance.Illustrative ? " (ILLUSTRATIVE threshold)." : ".")
        + " The score is computed with an ILLUSTRATIVE model.";
}
