using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// The registry as its own process (`dotnet GraphRegistry.Api.dll`), listening on a loopback port:
/// what an operator starts, for the tests that need separate processes or a real exit code.
/// </summary>
public sealed class RegistryProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private RegistryProcess(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphRegistry.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri? Address { get; private init; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts a server on a free port; environment keys use the double-underscore form (Registry__DataDirectory).</summary>
    public static RegistryProcess Serve(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        return new RegistryProcess(environment, ["--urls", address.ToString()]) { Address = address };
    }

    /// <summary>
    /// The environment of a command run on an existing registry's data directory (and, on
    /// PostgreSQL, its database): Development, no demo data of its own.
    /// </summary>
    public static Dictionary<string, string> EnvironmentFor(string dataDirectory)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Registry__DataDirectory"] = dataDirectory,
            ["Registry__DemoHouseholds"] = "0",
        };
        foreach (var (setting, value) in TestDatabase.SettingsFor(dataDirectory))
        {
            environment[setting.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    /// <summary>Starts a command (rotate-keys) and returns at once, to watch its output, kill it, or wait for it.</summary>
    public static RegistryProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments) => new(environment, arguments);

    /// <summary>Waits until the output holds <paramref name="text"/>; fails with the output if the process exits first or takes too long.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"No '{text}' in the output (exited: {process.HasExited}):\n{Output}");
            }

            await Task.Delay(20);
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>Kills the process as an operator's kill -9 or a crash would: no shutdown, no cleanup.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        process.WaitForExit(); // drains the redirected streams
        return process.ExitCode;
    }

    /// <summary>Runs a command (token, verify-log) or a start that is expected to fail, and waits for the exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var run = new RegistryProcess(environment, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await run.process.WaitForExitAsync(timeout.Token);
        run.process.WaitForExit(); // drains the redirected streams
        return (run.process.ExitCode, run.Output);
    }

    /// <summary>Runs the <c>token</c> command (<c>--operator</c>, <c>--agency ANSS</c>, …) and returns the token it printed.</summary>
    public static async Task<string> TokenAsync(IReadOnlyDictionary<string, string> environment, params string[] who)
    {
        var (exitCode, output) = await RunAsync(environment, ["token", .. who]);
        Assert.True(exitCode == 0, output);
        return output.Split('\n').Select(line => line.Trim()).Last(line => line.StartsWith("eyJ", StringComparison.Ordinal));
    }

    /// <summary>Waits until /health/ready answers 200; fails with the process output if it exits or takes too long.</summary>
    public async Task<HttpClient> WaitUntilReadyAsync(TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The registry exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var ready = await client.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return client;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The registry was not ready within {timeout}:\n{Output}");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    /// <summary>A loopback port free a moment ago: nothing listens there until someone takes it.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
