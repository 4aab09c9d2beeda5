namespace GraphRegistry.Api.Eligibility;

/// <summary>A decision with the programme and threshold version it rests on.</summary>
public sealed record DecisionView(EligibilityDecision Decision, SocialProgram Program, ThresholdVersion Threshold);
