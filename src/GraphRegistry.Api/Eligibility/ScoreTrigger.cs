namespace GraphRegistry.Api.Eligibility;

public enum ScoreTrigger
{
    Initial,
    Update,
    Periodic,
    Appeal,
}
