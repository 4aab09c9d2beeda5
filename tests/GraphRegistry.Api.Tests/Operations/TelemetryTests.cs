using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GraphRegistry.Api.Tests.Infrastructure;

namespace GraphRegistry.Api.Tests.Operations;

/// <summary>The registry's meter reports requests, errors by code, log-commit latency and decryptions per request.</summary>
[Collection(RegistryCollection.Name)]
public sealed class TelemetryTests(SharedRegistry registry)
{
    [Fact]
    public async Task Requests_errors_commits_and_decryptions_are_measured()
    {
        var measured = new ConcurrentBag<(string Instrument, double Value, string Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "GraphRegistry")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measured.Add((instrument.Name, value, Describe(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measured.Add((instrument.Name, value, Describe(tags))));
        listener.Start();
        var household = DemoPlaintext.Of(registry)[0];

        var read = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync("query($id: ID!) { household(id: $id) { id address members { person { firstNameLatin } } } }", new { id = household.PublicId });
        var forbidden = await registry.CreateClient(TestPrincipals.Agency("MENPS")).PostGraphQLAsync("{ household(id: \"hh_0\", purpose: \"TAYSSIR_ELIGIBILITY\") { phone } }");
        listener.Dispose();

        Assert.Empty(read.ErrorCodes);
        Assert.Contains(measured, m => m.Instrument == "registry.graphql.requests" && m.Tags.Contains("http.response.status_code=200", StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Instrument == "registry.graphql.errors" && m.Tags.Contains($"error.code={forbidden.ErrorCodes[0]}", StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Instrument == "registry.access_log.commit.duration");
        Assert.Contains(measured, m => m.Instrument == "registry.decryptions_per_request" && m.Value >= 1 + household.Members.Count);
    }

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        return string.Join(',', parts);
    }
}
