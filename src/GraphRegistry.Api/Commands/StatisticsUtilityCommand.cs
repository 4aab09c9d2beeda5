using System.Globalization;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.Statistics;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.Commands;

/// <summary><c>statistics-utility</c>: prints what the configured perturbation costs on the registry's own data, table by table; no count is printed.</summary>
internal static class StatisticsUtilityCommand
{
    public const string Name = "statistics-utility";

    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);
        var settings = scope.ServiceProvider.GetRequiredService<IOptions<StatisticsOptions>>().Value;
        var started = DateTime.UtcNow;
        var tables = await scope.ServiceProvider.GetRequiredService<StatisticsUtility>().MeasureAsync(cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Maximum noise {settings.MaximumNoise}, minimum count {settings.MinimumCellCount}; measured in {(DateTime.UtcNow - started).TotalSeconds:F1} s."));
        Console.WriteLine("| table | cells | mean absolute error | max relative error | hidden now | cells of 1–9 (hidden by the old minimum of 10) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var t in tables)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t.Table} | {t.Cells} | {t.MeanAbsoluteError:F2} | {t.MaximumRelativeError:P2} | {t.HiddenShare:P1} | {t.SmallShare:P1} |"));
        }

        return 0;
    }
}
