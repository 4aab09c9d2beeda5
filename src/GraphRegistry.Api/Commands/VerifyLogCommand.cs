using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Data;

namespace GraphRegistry.Api.Commands;

/// <summary>
/// <c>verify-log [--from yyyy-MM | --archive FILE]</c>: walks the access log's hash chain (the
/// whole chain, one month from its recorded first link, or an archive file); exit code 0 when
/// intact, 1 with the first broken entry otherwise, 2 for a mistyped command or a month with
/// nothing recorded. It writes nothing.
/// </summary>
internal static class VerifyLogCommand
{
    public const string Name = "verify-log";
    private const string Usage = "usage: verify-log [--from yyyy-MM | --archive FILE]";

    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        if (Refusal(arguments) is { } refusal)
        {
            await Console.Error.WriteLineAsync($"{refusal} {Usage}");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryDatabaseInitializer>().InitializeAsync(cancellationToken, createDemoData: false);
        ChainVerification result;
        string what;
        if (arguments.Get("--archive") is { } file)
        {
            string? month;
            (month, result) = await AccessLogArchive.VerifyAsync(file, scope.ServiceProvider.GetRequiredService<AccessLogChain>(), cancellationToken);
            if (month is null)
            {
                await Console.Error.WriteLineAsync($"{file}: {result.Problem}.");
                return 2;
            }

            what = $"Archive of {month}";
        }
        else if (LogMonth.Parse(arguments.Get("--from")) is { } from)
        {
            if (await scope.ServiceProvider.GetRequiredService<AccessLogVerifier>().VerifyMonthAsync(from, cancellationToken) is not { } checkedMonth)
            {
                await Console.Error.WriteLineAsync($"The access log records no entry in {from}: nothing to verify.");
                return 2;
            }

            (result, what) = (checkedMonth, $"Access log month {from}");
        }
        else
        {
            result = await scope.ServiceProvider.GetRequiredService<AccessLogVerifier>().VerifyAsync(cancellationToken);
            what = "Access log";
        }

        if (result.Valid)
        {
            Console.WriteLine($"{what} intact: {result.VerifiedEntries:N0} entries verified.");
            return 0;
        }

        Console.WriteLine($"{what} BROKEN at entry {result.FirstBrokenSequence}: {result.Problem} ({result.VerifiedEntries:N0} entries verified before it).");
        return 1;
    }

    private static string? Refusal(CommandArguments arguments)
    {
        if (arguments.Has("--from") && arguments.Has("--archive"))
        {
            return "--from and --archive verify different things: give one.";
        }

        if (arguments.Has("--from") && LogMonth.Parse(arguments.Get("--from")) is null)
        {
            return "--from needs a month as yyyy-MM (2026-11).";
        }

        if (arguments.Has("--archive") && arguments.Get("--archive") is not { Length: > 0 } file)
        {
            return "--archive needs the archive file archive-log wrote.";
        }

        return arguments.Get("--archive") is { } archive && !File.Exists(archive) ? $"{archive} does not exist." : null;
    }
}
