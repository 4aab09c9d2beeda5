using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Commands;

/// <summary><c>verify-log</c>: walks the access log's hash chain; exit code 0 when intact, 1 with the first broken entry otherwise.</summary>
internal static class VerifyLogCommand
{
    public const string Name = "verify-log";

    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);
        var result = await scope.ServiceProvider.GetRequiredService<AccessLogVerifier>().VerifyAsync(cancellationToken);
        if (result.Valid)
        {
            Console.WriteLine($"Access log intact: {result.VerifiedEntries:N0} entries verified.");
            return 0;
        }

        Console.WriteLine($"Access log BROKEN at entry {result.FirstBrokenSequence}: {result.Problem} ({result.VerifiedEntries:N0} entries verified before it).");
        return 1;
    }
}
