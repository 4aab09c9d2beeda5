using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.AccessLog;

/// <summary>
/// An officer holds nothing from which a personal value can be recovered by enumeration. Before,
/// each entry's documentHash was the plain SHA-256 of the query text, so hashing the same document
/// with each candidate national ID (a million for two letters and six digits) found the one an
/// agency had sent inline. Now the hash covers the document's shape only, and entries written
/// before are sealed at start-up with the chain still verifying.
/// </summary>
public sealed class DocumentHashTests : IDisposable
{
    private const string InlineLookup = """{ personByNationalId(nationalId: "NATIONAL_ID", purpose: "ASD_ELIGIBILITY") { id firstNameLatin } }""";

    private readonly string dataDirectory = RegistryApplication.CreateDataDirectory();

    [Fact]
    public async Task An_officer_cannot_match_a_national_id_sent_inline_to_any_log_field()
    {
        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 3, ownsDirectory: false, "Development");
        var people = DemoPlaintext.Of(registry).SelectMany(h => h.Members).Where(m => m.NationalId is not null).Take(2).ToList();
        var anss = registry.CreateClient(TestPrincipals.Agency("ANSS"));
        foreach (var person in people)
        {
            Assert.Empty((await anss.PostGraphQLAsync(InlineLookup.Replace("NATIONAL_ID", person.NationalId, StringComparison.Ordinal))).ErrorCodes);
        }

        var entries = await EntriesAsync(registry);

        // The same shape, whatever the value: the hash carries nothing about the national ID at all.
        Assert.Equal(2, entries.Count);
        Assert.Single(entries.Select(e => e.GetProperty("documentHash").GetString()).Distinct());
        Assert.StartsWith(DocumentShape.Prefix, entries[0].GetProperty("documentHash").GetString(), StringComparison.Ordinal);

        // The attack that worked: hash each candidate document (and the bare value) the usual ways.
        foreach (var person in people)
        {
            var candidates = Digests(InlineLookup.Replace("NATIONAL_ID", person.NationalId, StringComparison.Ordinal)).Concat(Digests(person.NationalId!)).ToList();
            var seen = entries.SelectMany(Strings).ToList();
            Assert.DoesNotContain(seen, value => value.Contains(person.NationalId!, StringComparison.OrdinalIgnoreCase) || candidates.Any(c => value.Contains(c, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Entries_from_before_shapes_are_sealed_at_start_up_and_the_chain_still_verifies()
    {
        var person = DemoPlaintext.Of(new RegistryApplication(dataDirectory, demoHouseholds: 3, ownsDirectory: false, "Development")).SelectMany(h => h.Members).First(m => m.NationalId is not null);
        var legacy = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(InlineLookup.Replace("NATIONAL_ID", person.NationalId, StringComparison.Ordinal))));
        using (var before = new RegistryApplication(dataDirectory, demoHouseholds: 3, ownsDirectory: false, "Development"))
        {
            // What a registry of the previous build wrote: the text's plain hash, linked into the chain.
            var writer = before.Service<AccessLogWriter>();
            for (var i = 0; i < 3; i++)
            {
                await writer.AppendAsync(new AccessLogDraft("AGENCY", "agency:ANSS", "ANSS", "ASD_ELIGIBILITY", "LEGAL_BASIS:Loi 58-23", null, legacy, [], ["Person.id"], AccessOutcome.Allowed, null, $"legacy-{i}"), CancellationToken.None);
            }

            Assert.Contains(legacy, await DatabaseText.ReadAsync(before), StringComparison.Ordinal);
        }

        using var after = new RegistryApplication(dataDirectory, demoHouseholds: 3, ownsDirectory: false, "Development");
        var entries = await EntriesAsync(after);
        var verified = await OfficerLog.VerifyAsync(after);

        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.StartsWith(LegacyDocumentHashes.Prefix, e.GetProperty("documentHash").GetString(), StringComparison.Ordinal));
        Assert.Equal(3, entries.Select(e => e.GetProperty("documentHash").GetString()).Distinct().Count());
        Assert.DoesNotContain(entries.SelectMany(Strings), value => value.Contains(legacy, StringComparison.Ordinal));
        Assert.True(verified.GetProperty("valid").GetBoolean(), verified.ToString());
        Assert.Equal(3, verified.GetProperty("verifiedEntries").GetInt64());
        Assert.DoesNotContain(legacy, await DatabaseText.ReadAsync(after), StringComparison.Ordinal);

        // Sealing is done once: a second start finds nothing to seal and the chain holds.
        using var again = new RegistryApplication(dataDirectory, demoHouseholds: 3, ownsDirectory: false, "Development");
        Assert.Equal(entries.Select(e => e.GetProperty("documentHash").GetString()), (await EntriesAsync(again)).Select(e => e.GetProperty("documentHash").GetString()));
        Assert.True((await OfficerLog.VerifyAsync(again)).GetProperty("valid").GetBoolean());
    }

    public void Dispose() => TemporaryDirectory.Delete(dataDirectory);

    private static async Task<List<JsonElement>> EntriesAsync(RegistryApplication registry)
    {
        var response = await registry.CreateClient(TestPrincipals.Officer).PostGraphQLAsync(
            "{ accessLog(first: 100) { edges { node { sequence principalSubject agencyCode purpose basis operationName documentHash subjects fields reason requestId hash } } } }");
        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        return [.. response.Data.GetProperty("accessLog").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).OrderBy(e => e.GetProperty("sequence").GetInt64())];
    }

    private static IEnumerable<string> Strings(JsonElement entry) =>
        entry.EnumerateObject().SelectMany(p => p.Value.ValueKind switch
        {
            JsonValueKind.String => [p.Value.GetString()!],
            JsonValueKind.Array => p.Value.EnumerateArray().Select(v => v.GetString()!),
            _ => [],
        });

    private static IEnumerable<string> Digests(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var hash in new[] { SHA256.HashData(bytes), SHA1.HashData(bytes), MD5.HashData(bytes) })
        {
            yield return Convert.ToHexStringLower(hash);
            yield return Convert.ToBase64String(hash).TrimEnd('=');
            yield return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }
}
