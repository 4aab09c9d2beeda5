namespace GraphRegistry.Api.Commands;

/// <summary>
/// Administrative commands run instead of the server: <c>dotnet run --project src/GraphRegistry.Api -- seed --households 10000</c>.
/// </summary>
internal static class RegistryCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var arguments = new CommandArguments(args[1..]);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        switch (args[0])
        {
            case SeedCommand.Name:
                return await SeedCommand.RunAsync(app.Services, arguments, cancel.Token);
            case TokenCommand.Name:
                return await TokenCommand.RunAsync(app.Services, arguments, cancel.Token);
            case RescoreCommand.Name:
                return await RescoreCommand.RunAsync(app.Services, arguments, cancel.Token);
            case SeedLogCommand.Name:
                return await SeedLogCommand.RunAsync(app.Services, arguments, cancel.Token);
            case VerifyLogCommand.Name:
                return await VerifyLogCommand.RunAsync(app.Services, arguments, cancel.Token);
            case ArchiveLogCommand.Name:
                return await ArchiveLogCommand.RunAsync(app.Services, arguments, cancel.Token);
            case RotateKeysCommand.Name:
                return await RotateKeysCommand.RunAsync(app.Services, arguments, cancel.Token);
            case StatisticsUtilityCommand.Name:
                return await StatisticsUtilityCommand.RunAsync(app.Services, cancel.Token);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: {SeedCommand.Name}, {TokenCommand.Name}, {RescoreCommand.Name}, {SeedLogCommand.Name}, {VerifyLogCommand.Name}, {ArchiveLogCommand.Name}, {RotateKeysCommand.Name}, {StatisticsUtilityCommand.Name}.");
                return 2;
        }
    }
}
