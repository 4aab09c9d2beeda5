using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// <c>archive-log --month yyyy-MM --to FILE</c> (PostgreSQL): writes the oldest month of the access
/// log to an archive file that verifies on its own, then detaches and drops its partition. Exit
/// code 0 when archived, 1 when refused (the month is open, not the oldest, or does not verify),
/// 2 for a mistyped command; a refusal changes nothing.
/// </summary>
internal static class ArchiveLogCommand
{
    public const string Name = "archive-log";
    private const string Usage = "usage: archive-log --month yyyy-MM --to FILE";

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (LogMonth.Parse(arguments.Get("--month")) is not { } month || string.IsNullOrWhiteSpace(arguments.Get("--to")))
        {
            await Console.Error.WriteLineAsync($"{Usage}   (--month a month such as 2026-11). Nothing was changed.");
            return 2;
        }

        var file = Path.GetFullPath(arguments.Get("--to")!);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);
        try
        {
            var archived = await scope.ServiceProvider.GetRequiredService<AccessLogArchiver>().ArchiveAsync(month, file, cancellationToken);
            Console.WriteLine($"Archived {month}: entries {archived.FirstSequence:N0} to {archived.LastSequence:N0} written to {file}; its partition was detached and dropped. The log now verifies from entry {archived.LastSequence + 1:N0}.");
            return 0;
        }
        catch (AccessLogArchiveRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }
    }
}
