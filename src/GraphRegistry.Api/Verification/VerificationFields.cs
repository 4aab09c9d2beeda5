namespace GraphRegistry.Api.Verification;

/// <summary>The declared fields the sources check, as schema coordinates.</summary>
public static class VerificationFields
{
    public const string BirthDate = "Person.birthDate";
    public const string Idcs = "Person.idcs";
    public const string HealthCoverage = "MemberSituation.hasHealthCoverage";
    public const string Electricity = "Declaration.hasElectricity";
}
