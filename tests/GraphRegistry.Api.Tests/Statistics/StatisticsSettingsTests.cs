using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>A configuration whose bands could isolate tiny groups stops start-up, naming the setting.</summary>
public sealed class StatisticsSettingsTests
{
    [Theory]
    [InlineData("Registry:Statistics:ScoreBandEdges:0", "9.0", "Registry:Statistics:ScoreBandEdges:1", "9.05", "ScoreBandEdges")]
    [InlineData("Registry:Statistics:ScoreBandEdges:0", "9.5", "Registry:Statistics:ScoreBandEdges:1", "9.0", "ScoreBandEdges")]
    [InlineData("Registry:Statistics:WhatIfStep", "0", "Registry:Statistics:MinimumCellCount", "10", "WhatIfStep")]
    [InlineData("Registry:Statistics:MinimumCellCount", "0", "Registry:Statistics:WhatIfStep", "0.01", "MinimumCellCount")]
    public void Unsafe_statistics_settings_stop_start_up(string key1, string value1, string key2, string value2, string named)
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 0, ownsDirectory: true, "Development", new Dictionary<string, string> { [key1] = value1, [key2] = value2 });

        var failure = Assert.ThrowsAny<Exception>(() => registry.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(failure is AggregateException aggregate ? aggregate.InnerException : failure);
        Assert.Contains(named, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wide_increasing_bands_start()
    {
        using var registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 0, ownsDirectory: true, "Development", new Dictionary<string, string>
        {
            ["Registry:Statistics:ScoreBandEdges:0"] = "9.2",
            ["Registry:Statistics:ScoreBandEdges:1"] = "9.8",
        });

        _ = registry.CreateClient();

        Assert.Equal([9.2, 9.8], registry.Service<IOptions<GraphRegistry.Api.Statistics.StatisticsOptions>>().Value.Edges);
    }
}
