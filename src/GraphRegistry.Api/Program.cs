using GraphRegistry.Api.AccessLog;
using GraphRegistry.Api.Agencies;
using GraphRegistry.Api.Benchmarks;
using GraphRegistry.Api.ChangeRequests;
using GraphRegistry.Api.Commands;
using GraphRegistry.Api.Consents;
using GraphRegistry.Api.Data;
using GraphRegistry.Api.DemoData;
using GraphRegistry.Api.Eligibility;
using GraphRegistry.Api.Enrollments;
using GraphRegistry.Api.Graph;
using GraphRegistry.Api.History;
using GraphRegistry.Api.Http;
using GraphRegistry.Api.Identity;
using GraphRegistry.Api.KeyRotation;
using GraphRegistry.Api.Limits;
using GraphRegistry.Api.Operations;
using GraphRegistry.Api.Privacy;
using GraphRegistry.Api.Registration;
using GraphRegistry.Api.Replica;
using GraphRegistry.Api.Statistics;
using GraphRegistry.Api.TrustedDocuments;
using GraphRegistry.Api.Verification;
using GraphRegistry.Api.WebPages;

try
{
    // Settings are read once at start. Watching them for changes would put a recursive watcher on
    // the content root, which holds data/: every SQLite write became file events to process, a
    // measurable share of an agency lookup's CPU. (Placed first so a caller's own argument wins.)
    var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
    builder.Logging.AddRegistryLogging(builder.Environment);

    // Measurement switches first: a refused one stops start-up before the database is touched. The
    // replica's check comes before the database's, which creates and migrates.
    builder.Services
        .AddBenchmarkSwitches(builder.Configuration)
        .AddReadReplica(builder.Configuration)
        .AddRegistryData(builder.Configuration)
        .AddPersonalDataProtection(builder.Configuration)
        .AddKeyRotation()
        .AddRegistryIdentity(builder.Configuration)
        .AddAgencies()
        .AddLimits(builder.Configuration)
        .AddConsents()
        .AddAccessLog(builder.Configuration)
        .AddTrustedDocuments()
        .AddEligibility(builder.Configuration)
        .AddEnrollments()
        .AddStatistics(builder.Configuration)
        .AddModificationHistory()
        .AddRegistration(builder.Configuration)
        .AddVerification(builder.Configuration)
        .AddChangeRequests()
        .AddDemoData()
        .AddRegistryGraph(builder.Configuration)
        .AddGraphQLHttp()
        .AddRegistryHealth()
        .AddRegistryTelemetry(builder.Configuration);

    var app = builder.Build();

    if (RegistryCommands.IsCommand(args))
    {
        return await RegistryCommands.RunAsync(app, args);
    }

    app.MapGraphQLEndpoint();
    app.MapWebPages();
    app.MapTrustedDocuments();
    app.MapRegistryHealth();
    app.MapGet("/", () => Results.Redirect(GraphQLEndpointRouteBuilderExtensions.Path));

    // Checked before the host starts, so a refusal reaches the handler below unreported by the
    // host: its own report (with a stack trace) went through the console logger's queue, which
    // under load was still draining after the refusal's message had been written.
    await StartupCheck.RunAllAsync(app.Services, CancellationToken.None);
    await app.RunAsync();
}
catch (Exception exception) when (RegistryStartupFailure.Find(exception) is { } failure && RegistryStartupFailure.IsOwnProcess)
{
    // A setting to fix, not a crash: the message names it, comes last, and the exit code is 1.
    await Console.Error.WriteLineAsync(failure.Message);
    return 1;
}

return 0;

/// <summary>Entry point, public so the tests can host the registry with WebApplicationFactory.</summary>
public partial class Program;
