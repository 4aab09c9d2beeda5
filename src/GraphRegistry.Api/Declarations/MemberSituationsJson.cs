using System.Text;
using System.Text.Json;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Declarations;

/// <summary>
/// The <c>MemberSituations</c> column as EF's JSON mapping stores it (properties in name order,
/// enums by name), for the bulk paths that read and write declarations without EF: seeding a
/// million households and rescoring them. A test holds both sides to what EF writes and reads.
/// </summary>
internal static class MemberSituationsJson
{
    // Through JsonText's reused buffer: seeding writes one of these per household.
    public static string Write(IReadOnlyList<MemberSituation> situations) => JsonText.Write(situations, static (json, list) =>
    {
        json.WriteStartArray();
        foreach (var situation in list)
        {
            json.WriteStartObject();
            json.WriteString("EducationLevel", situation.EducationLevel.ToString());
            json.WriteString("EmploymentStatus", situation.EmploymentStatus.ToString());
            json.WriteBoolean("EnrolledInSchool", situation.EnrolledInSchool);
            json.WriteBoolean("HasHealthCoverage", situation.HasHealthCoverage);
            json.WriteString("PersonPublicId", situation.PersonPublicId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    public static List<MemberSituation> Read(string text)
    {
        var situations = new List<MemberSituation>();
        var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        json.Read();
        while (json.Read() && json.TokenType == JsonTokenType.StartObject)
        {
            string? personPublicId = null;
            EducationLevel education = default;
            EmploymentStatus employment = default;
            bool enrolled = false, covered = false;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                if (json.ValueTextEquals("PersonPublicId"u8))
                {
                    json.Read();
                    personPublicId = json.GetString();
                }
                else if (json.ValueTextEquals("EducationLevel"u8))
                {
                    json.Read();
                    education = Enum.Parse<EducationLevel>(json.GetString()!);
                }
                else if (json.ValueTextEquals("EmploymentStatus"u8))
                {
                    json.Read();
                    employment = Enum.Parse<EmploymentStatus>(json.GetString()!);
                }
                else if (json.ValueTextEquals("EnrolledInSchool"u8))
                {
                    json.Read();
                    enrolled = json.GetBoolean();
                }
                else if (json.ValueTextEquals("HasHealthCoverage"u8))
                {
                    json.Read();
                    covered = json.GetBoolean();
                }
                else
                {
                    json.Read();
                    json.Skip();
                }
            }

            situations.Add(new MemberSituation
            {
                PersonPublicId = personPublicId ?? throw new JsonException("A member situation without a person."),
                EducationLevel = education,
                EnrolledInSchool = enrolled,
                EmploymentStatus = employment,
                HasHealthCoverage = covered,
            });
        }

        return situations;
    }
}
