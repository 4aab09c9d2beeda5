using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace GraphRegistry.Api.Operations;

/// <summary>
/// The registry's traces and metrics. Tags carry principal kinds, agency codes, operation names,
/// status and error codes only: never a subject, a variable or a value.
/// </summary>
public static class RegistryTelemetry
{
    public const string Name = "GraphRegistry";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("registry.graphql.requests", description: "GraphQL requests answered, by HTTP status.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>("registry.graphql.errors", description: "Errors returned, by extensions.code.");

    private static readonly Histogram<double> LogCommit = Meter.CreateHistogram<double>("registry.access_log.commit.duration", "ms", "Time to commit one group of access log entries.");

    private static readonly Histogram<long> Decryptions = Meter.CreateHistogram<long>("registry.decryptions_per_request", description: "Personal values decrypted to answer one request.");

    private static readonly AsyncLocal<StrongBox<long>?> RequestDecryptions = new();

    /// <summary>One span per GraphQL request, with the count of values it decrypted.</summary>
    public static async Task TraceAsync(HttpContext http, Func<HttpContext, Task> handle)
    {
        using var activity = Source.StartActivity("graphql.request", ActivityKind.Server);
        using (CountDecryptions())
        {
            await handle(http);
        }

        activity?.SetTag("http.response.status_code", http.Response.StatusCode);
    }

    public static void RecordResponse(int status, IEnumerable<string> errorCodes)
    {
        Requests.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
        foreach (var code in errorCodes)
        {
            Errors.Add(1, new KeyValuePair<string, object?>("error.code", code));
        }
    }

    public static void RecordLogCommit(TimeSpan elapsed, int entries) =>
        LogCommit.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("registry.batch_size", entries));

    /// <summary>Starts counting the decryptions of the current request; disposing records the count.</summary>
    public static IDisposable CountDecryptions()
    {
        var box = new StrongBox<long>();
        RequestDecryptions.Value = box;
        return new DecryptionScope(box);
    }

    public static void Decrypted()
    {
        if (RequestDecryptions.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }

    private sealed class DecryptionScope(StrongBox<long> box) : IDisposable
    {
        public void Dispose()
        {
            RequestDecryptions.Value = null;
            Decryptions.Record(Interlocked.Read(ref box.Value));
        }
    }
}
