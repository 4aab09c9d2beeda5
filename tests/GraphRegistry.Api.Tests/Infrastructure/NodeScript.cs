using System.Diagnostics;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// Node.js programs of the repository (the example agency client), run with the machine's node and
/// the packages their lock file names, installed with <c>npm ci</c> on first use; never a
/// downloaded runtime.
/// </summary>
public static class NodeScript
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static bool Available { get; } = OnPath("node") && OnPath("npm");

    /// <summary>Installs the folder's locked packages once, then runs the script and waits for its exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await InstallAsync(folder);
        return await RunProcessAsync("node", folder, environment, [script, .. arguments]);
    }

    private static async Task InstallAsync(string folder)
    {
        await Installing.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules")))
            {
                var (exitCode, output) = await RunProcessAsync("npm", folder, new Dictionary<string, string>(), ["ci", "--no-audit", "--no-fund"]);
                Assert.True(exitCode == 0, $"npm ci failed in {folder}:\n{output}");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task<(int, string)> RunProcessAsync(string program, string folder, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
