namespace GraphRegistry.Api.Agencies;

public enum RowScopeKind
{
    AllHouseholds,
    Regions,
}
