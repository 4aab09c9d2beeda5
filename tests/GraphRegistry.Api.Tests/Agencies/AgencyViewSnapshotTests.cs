using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphRegistry.Api.Tests.Agencies;

/// <summary>
/// The same household query as each agency sees it: which fields are absent (not granted), which come
/// in full and which masked. Full personal values are replaced by "&lt;full&gt;" before the snapshot,
/// so no personal value is ever committed; masked values stay, they are the point.
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed partial class AgencyViewSnapshotTests(SharedRegistry registry)
{
    private const string HouseholdQuery = """
        query HouseholdView($id: ID!, $purpose: String) {
          household(id: $id, purpose: $purpose) {
            id region { code nameLatin } provinceCode communeCode milieu status size address phone registeredAt
            members {
              relationship startDate
              person { id nationalId idcs firstNameArabic lastNameArabic firstNameLatin lastNameLatin birthDate sex disability }
            }
            latestDeclaration { version dwellingType rooms memberSituations { educationLevel enrolledInSchool employmentStatus hasHealthCoverage } }
          }
        }
        """;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HashSet<string> PersonalFields =
        ["nationalId", "idcs", "firstNameArabic", "lastNameArabic", "firstNameLatin", "lastNameLatin", "birthDate", "disability", "address", "phone"];

    [Theory]
    [InlineData("CNSS", "AMO_ELIGIBILITY")]
    [InlineData("ANSS", "ASD_ELIGIBILITY")]
    [InlineData("MENPS", "TAYSSIR_ELIGIBILITY")]
    public async Task Each_agency_sees_the_household_its_grants_describe(string agency, string purpose)
    {
        // A household in Marrakech-Safi, inside MENPS's regional scope, with a member holding a card.
        var household = DemoPlaintext.Of(registry).First(h => h.RegionCode == "07" && h.Members.Count >= 3);
        if (agency != "ANSS")
        {
            // ANSS reads under law 58-23; the other two need the household's consent.
            await ConsentDesk.RecordAsync(registry, household, agency, purpose);
        }

        var principal = TestPrincipals.Agency(agency);
        var access = (await registry.Service<AccessViewProvider>().GetAsync(principal, CancellationToken.None))!;
        var (query, absent) = await QueryProjector.ProjectAsync(registry.Service<RegistrySchema>(), access, HouseholdQuery);

        var response = await registry.CreateClient(principal).PostGraphQLAsync(query, new { id = household.PublicId, purpose });

        Assert.True(response.ErrorCodes.Count == 0, query);
        SensitiveValues.AssertNoneIn(Redact(response.Json).ToJsonString(), household);
        var view = new JsonObject { ["absent"] = new JsonArray([.. absent.Select(a => JsonValue.Create(a))]), ["response"] = Redact(response.Json) };
        Snapshot.Match(view.ToJsonString(Indented), SnapshotNameExtension.Create(agency));
    }

    private static JsonNode Redact(JsonElement response)
    {
        var masked = response.TryGetProperty("extensions", out var extensions)
            ? extensions.GetProperty("masked").EnumerateArray().ToDictionary(m => m.GetProperty("path").GetString()!, m => m.GetProperty("mask").GetString()!)
            : [];
        var node = JsonNode.Parse(response.GetRawText())!;
        RedactNode(node["data"], [], masked);
        return node;
    }

    private static void RedactNode(JsonNode? node, List<string> path, Dictionary<string, string> masked)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    path.Add(name);
                    if (PersonalFields.Contains(name) && value is JsonValue)
                    {
                        obj[name] = masked.TryGetValue(string.Join('.', path), out var mask) ? Masked(mask, value.GetValue<string>()) : "<full>";
                    }
                    else
                    {
                        RedactNode(value, path, masked);
                    }

                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    RedactNode(array[i], path, masked);
                    path.RemoveAt(path.Count - 1);
                }

                break;
        }
    }

    // Pseudonyms are keyed per test run and age bands move with the calendar: check their shape, keep a placeholder.
    private static string Masked(string mask, string value) => mask switch
    {
        "PSEUDONYM" => PseudonymShape().IsMatch(value) ? "<pseudonym>" : throw new Xunit.Sdk.XunitException("not a pseudonym"),
        "AGE_BAND" => AgeBandShape().IsMatch(value) ? "<age band>" : throw new Xunit.Sdk.XunitException("not an age band"),
        _ => value,
    };

    [GeneratedRegex("^psn_[0-9a-z]{24}$")]
    private static partial Regex PseudonymShape();

    [GeneratedRegex(@"^([1-7]?0-[1-7]?9|80\+)$")]
    private static partial Regex AgeBandShape();
}
