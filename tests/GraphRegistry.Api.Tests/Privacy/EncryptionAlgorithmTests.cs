using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace GraphRegistry.Api.Tests.Privacy;

/// <summary>
/// New keys encrypt with AES-256-GCM; a key ring made before (AES-256-CBC with HMACSHA256, Data
/// Protection's default) keeps decrypting the values written under it.
/// </summary>
public sealed class EncryptionAlgorithmTests
{
    private const string Query = "query($n: String!) { personByNationalId(nationalId: $n) { firstNameLatin lastNameArabic birthDate } }";

    [Fact]
    public async Task A_new_registry_makes_its_keys_with_AES_256_GCM_and_reads_its_values_back()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development");

        await AssertDemoPersonReadsBackAsync(registry);
        var keys = registry.Service<IKeyManager>().GetAllKeys();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Equal(EncryptionAlgorithm.AES_256_GCM, Algorithm(key)));
    }

    [SkippableFact]
    public async Task Values_under_a_key_made_before_the_switch_still_decrypt()
    {
        Skip.If(TestDatabase.IsPostgreSql, "the key ring made beforehand is a folder, as on SQLite; the algorithm does not depend on the store");
        var dataDirectory = RegistryApplication.CreateDataDirectory();
        var olderKey = WriteKeyRingWithDefaultAlgorithm(Path.Combine(dataDirectory, "keys"));

        using var registry = new RegistryApplication(dataDirectory, demoHouseholds: 2, ownsDirectory: true, "Development");

        await AssertDemoPersonReadsBackAsync(registry);
        var key = Assert.Single(registry.Service<IKeyManager>().GetAllKeys());
        Assert.Equal(olderKey, key.KeyId);
        Assert.Equal(EncryptionAlgorithm.AES_256_CBC, Algorithm(key));
    }

    private static async Task AssertDemoPersonReadsBackAsync(RegistryApplication registry)
    {
        var person = DemoPlaintext.Of(registry).SelectMany(h => h.Members).First(m => m.NationalId is not null);

        var response = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Query, new { n = person.NationalId });

        Assert.Empty(response.ErrorCodes);
        var found = response.Data.GetProperty("personByNationalId");
        Assert.Equal(person.FirstName.Latin, found.GetProperty("firstNameLatin").GetString());
        Assert.Equal(person.LastName.Arabic, found.GetProperty("lastNameArabic").GetString());
        Assert.Equal(person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), found.GetProperty("birthDate").GetString());
    }

    // As the key ring stores it: <descriptor><encryption algorithm="AES_256_GCM" /> ...
    private static EncryptionAlgorithm Algorithm(IKey key) =>
        Enum.Parse<EncryptionAlgorithm>(key.Descriptor.ExportToXml().SerializedDescriptorElement.Element("encryption")!.Attribute("algorithm")!.Value);

    // A key ring as an earlier version of the registry left it: Data Protection's defaults.
    private static Guid WriteKeyRingWithDefaultAlgorithm(string keyRingDirectory)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("GraphRegistry").PersistKeysToFileSystem(new DirectoryInfo(keyRingDirectory));
        using var provider = services.BuildServiceProvider();
        var keys = provider.GetRequiredService<IKeyManager>();
        var key = keys.CreateNewKey(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(90));
        Assert.Equal(EncryptionAlgorithm.AES_256_CBC, Algorithm(key));
        return key.KeyId;
    }
}
