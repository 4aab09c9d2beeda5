using System.Net;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace GraphRegistry.Api.Tests.Limits;

/// <summary>Quotas per agency answer 429 with Retry-After, leave a denied entry in the access log, and reopen when time moves on.</summary>
public sealed class AgencyQuotaTests : IDisposable
{
    private const string Read = "query($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id } }";

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private RegistryApplication? registry;

    [Fact]
    public async Task Requests_over_the_minute_quota_get_429_until_the_next_minute()
    {
        var app = Start(requestsPerMinute: 3, subjectsPerDay: 100);
        var id = new { id = DemoPlaintext.Of(app)[0].PublicId };
        var anss = app.CreateClient(TestPrincipals.Agency("ANSS"));
        var officer = app.CreateClient(TestPrincipals.Officer);

        for (var i = 0; i < 3; i++)
        {
            Assert.Empty((await anss.PostGraphQLAsync(Read, id)).ErrorCodes);
        }

        using var refused = await anss.PostAsync("/graphql", JsonBody(Read, id));
        using var submission = await anss.PostAsync("/graphql/documents", JsonBody(Read));
        clock.Advance(TimeSpan.FromMinutes(1));
        var reopened = await anss.PostGraphQLAsync(Read, id);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, submission.StatusCode);
        Assert.Empty(reopened.ErrorCodes);
        var denied = await OfficerLog.EntriesAsync(officer, new { agency = "ANSS", outcome = "DENIED" });
        Assert.Equal("RATE_LIMITED", Assert.Single(denied).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Households_over_the_daily_quota_are_refused_until_the_next_day()
    {
        var app = Start(requestsPerMinute: 100, subjectsPerDay: 2);
        var households = DemoPlaintext.Of(app);
        var anss = app.CreateClient(TestPrincipals.Agency("ANSS"));
        var officer = app.CreateClient(TestPrincipals.Officer);

        var first = await anss.PostGraphQLAsync(Read, new { id = households[0].PublicId });
        var again = await anss.PostGraphQLAsync(Read, new { id = households[0].PublicId });
        var second = await anss.PostGraphQLAsync(Read, new { id = households[1].PublicId });
        using var refused = await anss.PostAsync("/graphql", JsonBody(Read, new { id = households[2].PublicId }));
        clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await anss.PostGraphQLAsync(Read, new { id = households[2].PublicId });

        Assert.All([first, again, second, nextDay], response => Assert.Empty(response.ErrorCodes));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("SUBJECT_QUOTA_EXCEEDED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 86_400);
        var denied = await OfficerLog.EntriesAsync(officer, new { agency = "ANSS", outcome = "DENIED" });
        Assert.Equal("SUBJECT_QUOTA_EXCEEDED", Assert.Single(denied).GetProperty("reason").GetString());
    }

    public void Dispose() => registry?.Dispose();

    private RegistryApplication Start(int requestsPerMinute, int subjectsPerDay) =>
        registry = new RegistryApplication(RegistryApplication.CreateDataDirectory(), demoHouseholds: 3, ownsDirectory: true, "Development", new Dictionary<string, string>
        {
            ["Limits:RequestsPerMinute"] = requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Limits:SubjectsPerDay"] = subjectsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, clock);

    private static StringContent JsonBody(string query, object? variables = null) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json");
}
