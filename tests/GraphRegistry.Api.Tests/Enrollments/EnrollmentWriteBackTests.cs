using GraphRegistry.Api.Data;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphRegistry.Api.Tests.Enrollments;

/// <summary>Agencies write back enrolments in their own programmes only, under purpose, consent and the log; citizens see them.</summary>
public sealed class EnrollmentWriteBackTests : IDisposable
{
    private const string Record = """
        mutation($input: RecordEnrollmentInput!, $purpose: String) {
          recordEnrollment(input: $input, purpose: $purpose) { program status effectiveOn reference }
        }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 6, ownsDirectory: true, "Development");

    [Fact]
    public async Task An_agency_records_an_enrolment_the_citizen_sees_and_the_officer_finds_in_the_log()
    {
        var household = DemoPlaintext.Of(registry)[0];
        await ConsentDesk.RecordAsync(registry, household, "CNSS", "AMO_ENROLLMENT");
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));

        var enrolled = await cnss.PostGraphQLAsync(Record, Input(household.PublicId, "AMO_TADAMON", "ENROLLED", Today(-10)));
        var suspended = await cnss.PostGraphQLAsync(Record, Input(household.PublicId, "AMO_TADAMON", "SUSPENDED", Today(-2)));
        var seen = await registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId))
            .PostGraphQLAsync("{ me { household { enrollments { program status effectiveOn reference } } } }");

        Assert.Empty(enrolled.ErrorCodes);
        Assert.Empty(suspended.ErrorCodes);
        var steps = seen.Data.GetProperty("me").GetProperty("household").GetProperty("enrollments");
        Assert.Equal(["SUSPENDED", "ENROLLED"], steps.EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        var logged = (await OfficerLog.EntriesAsync(registry, new { agency = "CNSS" })).Where(e => e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "Enrollment.status")).ToList();
        Assert.Equal(2, logged.Count);
        Assert.All(logged, entry =>
        {
            Assert.Contains("Mutation.recordEnrollment", entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
            Assert.Equal("ALLOWED", entry.GetProperty("outcome").GetString());
            Assert.Equal("AMO_ENROLLMENT", entry.GetProperty("purpose").GetString());
            Assert.Equal([household.PublicId], entry.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
        });
    }

    [Fact]
    public async Task Another_agencys_programme_is_refused_and_logged_as_denied()
    {
        var household = DemoPlaintext.Of(registry)[1];
        await ConsentDesk.RecordAsync(registry, household, "CNSS", "AMO_ENROLLMENT");

        var response = await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Record, Input(household.PublicId, "ASD", "ENROLLED", Today(-1)));

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(0, await EnrollmentCountAsync());
        var denied = (await OfficerLog.EntriesAsync(registry, new { agency = "CNSS" })).Last();
        Assert.Equal("DENIED", denied.GetProperty("outcome").GetString());
        Assert.Equal("FORBIDDEN", denied.GetProperty("reason").GetString());
        Assert.Equal([household.PublicId], denied.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_reading_purpose_does_not_open_a_write_even_with_a_legal_basis()
    {
        var household = DemoPlaintext.Of(registry)[2];

        // ASD_ELIGIBILITY has a legal basis, so it needs no consent to read; it still may not enrol.
        var response = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(Record, new
        {
            input = new { household = household.PublicId, program = "ASD", status = "ENROLLED", effectiveOn = Today(-1), reference = "CASE-1" },
            purpose = "ASD_ELIGIBILITY",
        });

        Assert.Equal(["PURPOSE_NOT_ALLOWED"], response.ErrorCodes);
        Assert.Equal(0, await EnrollmentCountAsync());
    }

    [Fact]
    public async Task Without_consent_nothing_is_written()
    {
        var household = DemoPlaintext.Of(registry)[2];

        var response = await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Record, Input(household.PublicId, "AMO_TADAMON", "ENROLLED", Today(-1)));

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(0, await EnrollmentCountAsync());
    }

    [Theory]
    [InlineData("AMO_TADAMON", "ENROLLED", "2001-01-01", "ok-1", "INVALID_ARGUMENT")]
    [InlineData("AMO_TADAMON", "ENROLLED", "+3", "ok-1", "INVALID_ARGUMENT")]
    [InlineData("AMO_TADAMON", "SUSPENDED", "-1", "ok-1", "INVALID_ARGUMENT")]
    [InlineData("AMO_TADAMON", "EXITED", "-1", "ok-1", "INVALID_ARGUMENT")]
    [InlineData("AMO_TADAMON", "ENROLLED", "-1", "Fatima Zahra", "INVALID_ARGUMENT")]
    [InlineData("AMO_TADAMON", "ENROLLED", "-1", "", "INVALID_ARGUMENT")]
    [InlineData("AMO_TADAMON", "ENROLLED", "-1", "CASE-1\n", "INVALID_ARGUMENT")]
    [InlineData("NOPE", "ENROLLED", "-1", "ok-1", "NOT_FOUND")]
    public async Task Bad_enrolments_are_refused_and_nothing_is_written(string program, string status, string effectiveOn, string reference, string code)
    {
        var household = DemoPlaintext.Of(registry)[3];
        await ConsentDesk.RecordAsync(registry, household, "CNSS", "AMO_ENROLLMENT");
        var date = effectiveOn.StartsWith('+') || effectiveOn.StartsWith('-') ? Today(int.Parse(effectiveOn, System.Globalization.CultureInfo.InvariantCulture)) : effectiveOn;

        var response = await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Record, Input(household.PublicId, program, status, date, reference));

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(0, await EnrollmentCountAsync());
    }

    [Fact]
    public async Task A_step_before_the_previous_one_is_refused()
    {
        var household = DemoPlaintext.Of(registry)[4];
        await ConsentDesk.RecordAsync(registry, household, "CNSS", "AMO_ENROLLMENT");
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));

        await cnss.PostGraphQLAsync(Record, Input(household.PublicId, "AMO_TADAMON", "ENROLLED", Today(-2)));
        var earlier = await cnss.PostGraphQLAsync(Record, Input(household.PublicId, "AMO_TADAMON", "EXITED", Today(-5)));

        Assert.Equal(["INVALID_ARGUMENT"], earlier.ErrorCodes);
        Assert.Equal(1, await EnrollmentCountAsync());
    }

    [Fact]
    public async Task Only_agencies_record_enrolments_and_only_for_a_declared_purpose()
    {
        var household = DemoPlaintext.Of(registry)[5];
        var input = Input(household.PublicId, "AMO_TADAMON", "ENROLLED", Today(-1));

        var byOperator = await registry.CreateClient(TestPrincipals.Operator).PostGraphQLAsync(Record, input);
        var withoutPurpose = await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Record, new { input = input.GetType().GetProperty("input")!.GetValue(input) });
        var byAnalyst = await registry.CreateClient(TestPrincipals.Analyst).PostGraphQLAsync(Record, input);

        Assert.Equal(["FORBIDDEN"], byOperator.ErrorCodes);
        Assert.Equal(["PURPOSE_REQUIRED"], withoutPurpose.ErrorCodes);
        Assert.All(byAnalyst.ErrorCodes, code => Assert.Equal("FORBIDDEN_FIELD", code));
        Assert.NotEmpty(byAnalyst.ErrorCodes);
        Assert.Equal(0, await EnrollmentCountAsync());
    }

    public void Dispose() => registry.Dispose();

    private static object Input(string household, string program, string status, string effectiveOn, string reference = "CASE-2026/001") =>
        new { input = new { household, program, status, effectiveOn, reference }, purpose = "AMO_ENROLLMENT" };

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<int> EnrollmentCountAsync()
    {
        await using var db = await registry.Service<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        return await db.Enrollments.CountAsync();
    }
}
