using GraphRegistry.Api.Data;
using Microsoft.Extensions.Options;

namespace GraphRegistry.Api.AccessLog;

/// <summary>The access log can be switched off to measure its cost in Development, never anywhere else.</summary>
public sealed class AccessLogStartupCheck(IOptions<AccessLogOptions> options, IHostEnvironment environment) : StartupCheck
{
    public override Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.Enabled || environment.IsDevelopment()
            ? Task.CompletedTask
            : throw new InvalidOperationException($"{AccessLogOptions.Section}:Enabled=false is only for measurements in Development; the registry never runs without its access log.");
}
