using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Data;

/// <summary>The data directory, resolved once against the content root.</summary>
public sealed class RegistryDataDirectory
{
    public RegistryDataDirectory(IOptions<RegistryDataOptions> options, IHostEnvironment environment)
    {
        FullPath = Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath);
    }

    public string FullPath { get; }

    public string Resolve(string path) => Path.GetFullPath(path, FullPath);
}
