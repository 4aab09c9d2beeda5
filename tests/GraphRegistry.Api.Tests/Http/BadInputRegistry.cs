using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Http;

/// <summary>
/// A registry whose document-size limit is raised to the body limit, so that the abusive documents
/// of the matrix reach the validation limits behind it instead of stopping at the first check.
/// </summary>
public sealed class BadInputRegistry() : RegistryApplication(CreateDataDirectory(), demoHouseholds: 2, ownsDirectory: true, "Development", new Dictionary<string, string>
{
    ["Limits:MaxDocumentCharacters"] = "65536",
});
