using System.Collections.Frozen;

namespace GraphRegistry.Api.AccessLog;

/// <summary>The fields of the access log in words a citizen reads without a schema at hand.</summary>
public static class FieldLabels
{
    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["Household.address"] = "your address",
        ["Household.phone"] = "your phone number",
        ["Household.region"] = "your region",
        ["Household.provinceCode"] = "your province",
        ["Household.communeCode"] = "your commune",
        ["Household.milieu"] = "whether you live in a town or the countryside",
        ["Household.members"] = "who lives in your household",
        ["Household.size"] = "how many people live in your household",
        ["Household.status"] = "your household's registration status",
        ["Household.latestDeclaration"] = "your latest declaration",
        ["Household.declarations"] = "your past declarations",
        ["Household.consents"] = "your consents",
        ["Household.changeRequests"] = "your correction requests",
        ["Household.history"] = "the history of changes to your records",
        ["Household.verificationChecks"] = "the checks of your declarations with other administrations",
        ["ChangeRequest.oldValue"] = "the value you asked to correct",
        ["ChangeRequest.newValue"] = "the correction you asked for",
        ["Modification.oldValue"] = "earlier values of your records",
        ["Modification.newValue"] = "changed values of your records",
        ["Person.nationalId"] = "national ID number",
        ["Person.idcs"] = "civil-registry number",
        ["Person.firstNameArabic"] = "first name (Arabic)",
        ["Person.lastNameArabic"] = "family name (Arabic)",
        ["Person.firstNameLatin"] = "first name (Latin script)",
        ["Person.lastNameLatin"] = "family name (Latin script)",
        ["Person.birthDate"] = "date of birth",
        ["Person.sex"] = "sex",
        ["Person.disability"] = "disability",
        ["Person.deathDate"] = "date of death",
        ["Declaration.memberSituations"] = "education and work of each member",
        ["MemberSituation.educationLevel"] = "education level",
        ["MemberSituation.enrolledInSchool"] = "school enrolment",
        ["MemberSituation.employmentStatus"] = "work situation",
        ["MemberSituation.hasHealthCoverage"] = "health insurance",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The logged fields a citizen is told about: identifiers and structure are left out, each field once.</summary>
    public static IReadOnlyList<CitizenAccessField> Known(IEnumerable<string> fields) => [.. fields
        .Select(field => field.Split(':', 2))
        .Where(parts => Labels.ContainsKey(parts[0]))
        .Select(parts => new CitizenAccessField(parts[0], parts.Length == 2))
        .Distinct()];

    /// <summary>Plain words for one field; a masked read says so.</summary>
    public static string Describe(CitizenAccessField field) => field.PartlyHidden ? $"{Labels[field.Field]} (partly hidden)" : Labels[field.Field];

    /// <summary>Every field a citizen may be told about, for a page's message catalogue to cover.</summary>
    public static IEnumerable<string> Coordinates => Labels.Keys;
}
