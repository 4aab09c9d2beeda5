using System.Diagnostics;

namespace GraphRegistry.Api.Tests.Infrastructure;

/// <summary>
/// The machine's Chromium (Debian package <c>chromium</c>; .ci/run installs it), run headless with
/// background networking off, the way the registry's users meet it on a closed network.
/// </summary>
public static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string? Executable => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
        ? configured
        : Candidates.FirstOrDefault(File.Exists);

    /// <summary>Loads the page, lets its scripts run, and returns the resulting DOM.</summary>
    public static async Task<string> DumpDomAsync(string url, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile");
        try
        {
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("Chromium is not installed."))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={profile.FullName}", "--virtual-time-budget=10000", "--dump-dom", url,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync(cancellationToken);
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return await dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
