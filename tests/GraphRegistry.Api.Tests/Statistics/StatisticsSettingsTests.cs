using GraphRegistry.Api.Statistics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// A configuration whose bands could isolate tiny groups is refused, naming the setting. The
/// registry registers the check with ValidateOnStart, so the same refusal stops start-up.
/// </summary>
public sealed class StatisticsSettingsTests
{
    [Theory]
    [InlineData("ScoreBandEdges:0", "9.0", "ScoreBandEdges:1", "9.05", "ScoreBandEdges")]
    [InlineData("ScoreBandEdges:0", "9.5", "ScoreBandEdges:1", "9.0", "ScoreBandEdges")]
    [InlineData("WhatIfStep", "0", "MinimumCellCount", "10", "WhatIfStep")]
    [InlineData("MinimumCellCount", "0", "WhatIfStep", "0.1", "MinimumCellCount")]
    [InlineData("WhatIfStep", "0.01", "MinimumCellCount", "10", "WhatIfStep")]
    public void Unsafe_statistics_settings_are_refused(string key1, string value1, string key2, string value2, string named)
    {
        using var services = Register(new() { [key1] = value1, [key2] = value2 });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StatisticsOptions>>().Value);

        Assert.Contains($"Registry:Statistics:{named}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wide_increasing_bands_replace_the_defaults()
    {
        using var services = Register(new() { ["ScoreBandEdges:0"] = "9.2", ["ScoreBandEdges:1"] = "9.8" });

        Assert.Equal([9.2, 9.8], services.GetRequiredService<IOptions<StatisticsOptions>>().Value.Edges);
    }

    private static ServiceProvider Register(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => $"{StatisticsOptions.Section}:{s.Key}", s => s.Value))
            .Build();
        return new ServiceCollection().AddStatistics(configuration).BuildServiceProvider();
    }
}
