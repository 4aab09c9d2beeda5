namespace GraphRegistry.Api.Operations;

public static class RegistryLogging
{
    /// <summary>
    /// Structured (JSON) logs outside Development, and no request URLs at all: ASP.NET Core's
    /// request-start lines would print a GET request's query string, variables included.
    /// </summary>
    public static ILoggingBuilder AddRegistryLogging(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        if (!environment.IsDevelopment())
        {
            logging.AddJsonConsole(json => json.IncludeScopes = false);
        }

        return logging;
    }
}
