using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>A host environment rooted in a given folder, for the registry's services built without a host.</summary>
public sealed class FixedHostEnvironment(string root) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Test";

    public string ApplicationName { get; set; } = "GraphRegistry.Api.Tests";

    public string ContentRootPath { get; set; } = root;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
