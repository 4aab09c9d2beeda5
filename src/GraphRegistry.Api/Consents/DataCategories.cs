namespace GraphRegistry.Api.Consents;

/// <summary>Which category each household-data field belongs to.</summary>
public static class DataCategories
{
    public static IReadOnlyList<DataCategory> All { get; } = Enum.GetValues<DataCategory>();

    public static DataCategory? Of(string coordinate) => coordinate switch
    {
        "Household.address" or "Household.phone" => DataCategory.Contact,
        "Person.disability" or "MemberSituation.hasHealthCoverage" => DataCategory.Health,
        "Person.nationalId" or "Person.idcs" or "Person.firstNameArabic" or "Person.lastNameArabic" or "Person.firstNameLatin"
            or "Person.lastNameLatin" or "Person.birthDate" or "Person.sex" or "Person.deathDate" => DataCategory.Identity,
        "Household.latestDeclaration" or "Household.declarations" or "Household.score" or "Household.eligibility" or "Household.enrollments" or "Mutation.recordEnrollment" => DataCategory.SocioEconomic,
        _ when coordinate.StartsWith("Declaration.", StringComparison.Ordinal) || coordinate.StartsWith("MemberSituation.", StringComparison.Ordinal)
            || coordinate.StartsWith("Score", StringComparison.Ordinal) || coordinate.StartsWith("EligibilityDecision.", StringComparison.Ordinal)
            || coordinate.StartsWith("ProgramEligibility.", StringComparison.Ordinal) || coordinate.StartsWith("Enrollment.", StringComparison.Ordinal) || coordinate == "Query.eligibilityCheck" => DataCategory.SocioEconomic,
        _ when coordinate.StartsWith("Household.", StringComparison.Ordinal) || coordinate.StartsWith("Membership.", StringComparison.Ordinal)
            || coordinate.StartsWith("Person.", StringComparison.Ordinal) => DataCategory.Household,
        _ => null,
    };
}
