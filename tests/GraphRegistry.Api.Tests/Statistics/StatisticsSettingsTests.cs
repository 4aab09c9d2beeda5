using GraphRegistry.Api.Statistics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Tests.Statistics;

/// <summary>
/// A configuration whose bands could isolate tiny groups, whose perturbation table is no unbiased
/// distribution or whose budget is below one question is refused, naming the setting. The
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

    [Theory]
    [InlineData("MaximumNoise=0", "MaximumNoise")]
    [InlineData("MaximumNoise=21", "MaximumNoise")]
    [InlineData("MaximumNoise=1;NoiseProbabilities:0=0.5;NoiseProbabilities:1=0.5", "NoiseProbabilities")]
    [InlineData("MaximumNoise=1;NoiseProbabilities:0=0.3;NoiseProbabilities:1=0.3;NoiseProbabilities:2=0.3", "NoiseProbabilities")]
    [InlineData("MaximumNoise=1;NoiseProbabilities:0=-0.1;NoiseProbabilities:1=1.2;NoiseProbabilities:2=-0.1", "NoiseProbabilities")]
    [InlineData("MaximumNoise=1;NoiseProbabilities:0=0.1;NoiseProbabilities:1=0.6;NoiseProbabilities:2=0.3", "NoiseProbabilities")]
    [InlineData("MaximumNoise=1;NoiseProbabilities:0=0;NoiseProbabilities:1=1;NoiseProbabilities:2=0", "NoiseProbabilities")]
    [InlineData("MaximumNoise=2;NoiseProbabilities:0=0.25;NoiseProbabilities:1=0;NoiseProbabilities:2=0.5;NoiseProbabilities:3=0;NoiseProbabilities:4=0.25", "NoiseProbabilities")]
    [InlineData("QuestionsPerDay=0", "QuestionsPerDay")]
    public void Invalid_perturbation_tables_and_budgets_are_refused(string settings, string named)
    {
        using var services = Register(settings.Split(';').Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => (string?)pair[1]));

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StatisticsOptions>>().Value);

        Assert.Contains($"Registry:Statistics:{named}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_perturbation_table_is_accepted_and_its_variance_reported()
    {
        using var services = Register(new() { ["MaximumNoise"] = "1", ["NoiseProbabilities:0"] = "0.25", ["NoiseProbabilities:1"] = "0.5", ["NoiseProbabilities:2"] = "0.25" });

        var options = services.GetRequiredService<IOptions<StatisticsOptions>>().Value;

        Assert.Equal(0.5, new PerturbationTable(options.MaximumNoise, options.Probabilities).Variance, 12);
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
