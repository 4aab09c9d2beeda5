using System.Net.Http.Json;
using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphRegistry.Api.Tests.WebPages;

/// <summary>
/// The citizen and officer pages in the machine's Chromium, driven by Playwright, over the
/// registry's real HTTP port: a citizen sees an agency's read, withdraws its consent, and the
/// officer sees the agency's next read refused.
/// </summary>
public sealed class WebPagesBrowserTests : IDisposable
{
    private const string AgencyRead = """
        query($id: ID!) { household(id: $id, purpose: "AMO_ELIGIBILITY") { id size } }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 6, ownsDirectory: true, "Development");

    [SkippableFact]
    public async Task A_citizen_withdraws_consent_after_an_agency_read_and_the_officer_sees_the_next_read_denied()
    {
        // Skipped on a developer machine without Chromium; CI installs it, so there it must run.
        Skip.If(HeadlessChromium.Executable is null && Environment.GetEnvironmentVariable("CI") != "true", "Chromium is not installed here; .ci/run installs the Debian package.");
        var address = registry.StartOnLoopbackPort();
        var household = DemoPlaintext.Of(registry)[0];
        await ConsentDesk.RecordAsync(registry, household, "CNSS", "AMO_ELIGIBILITY");
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));
        Assert.Empty((await cnss.PostGraphQLAsync(AgencyRead, new { id = household.PublicId })).ErrorCodes);
        var citizenApi = registry.CreateClient(TestPrincipals.Citizen(household.Members[0].PublicId));
        var draft = await citizenApi.PostGraphQLAsync(
            "mutation($input: ChangeRequestInput!) { me { requestChange(input: $input) { id } } }", new { input = new { field = "Household.phone", newValue = "0612345678" } });
        Assert.Empty(draft.ErrorCodes);
        using var submitted = await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostAsJsonAsync("/graphql/documents", new { query = "query Lookup($id: ID!) { household(id: $id, purpose: \"ASD_ELIGIBILITY\") { id region { code } } }", operationName = "Lookup" });
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = HeadlessChromium.Executable, Headless = true, Args = ["--no-sandbox"] });
        var citizen = await browser.NewPageAsync(new() { Locale = "fr-MA" });
        await SignInAsync(citizen, $"{address}/citizen", registry.Token(TestPrincipals.Citizen(household.Members[0].PublicId)));

        await Expect(citizen.Locator("#accesses li").First).ToContainTextAsync("Caisse nationale de sécurité sociale (CNSS)");
        await Expect(citizen.Locator("#score-value")).Not.ToBeEmptyAsync();
        await Expect(citizen.Locator("#changes li[data-status=DRAFT]")).ToHaveAttributeAsync("data-field", "Household.phone");
        await Expect(citizen.Locator("#changes li[data-status=DRAFT]")).ToContainTextAsync("votre numéro de téléphone");
        await Expect(citizen.Locator("#changes")).Not.ToContainTextAsync("0612345678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Retirer le consentement donné à CNSS" }).ClickAsync();
        await Expect(citizen.Locator("#consents tr[data-agency=CNSS] .status")).ToHaveTextAsync("retiré");

        Assert.Equal(["NOT_FOUND"], (await cnss.PostGraphQLAsync(AgencyRead, new { id = household.PublicId })).ErrorCodes);

        var officer = await browser.NewPageAsync(new() { Locale = "fr-MA" });
        await SignInAsync(officer, $"{address}/officer", registry.Token(TestPrincipals.Officer));
        await officer.GetByLabel("Organisme", new() { Exact = true }).FillAsync("CNSS");
        await officer.GetByLabel("Résultat", new() { Exact = true }).SelectOptionAsync("DENIED");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Appliquer" }).ClickAsync();
        var denied = officer.Locator("#log tbody tr.denied");
        await Expect(denied).ToHaveCountAsync(1);
        await Expect(denied).ToContainTextAsync("NO_CONSENT");
        await Expect(denied).ToContainTextAsync(household.PublicId);
        await Expect(officer.Locator("#chain")).ToContainTextAsync("Chaîne intacte");
        var queued = officer.Locator("#queue li.card");
        await Expect(queued).ToContainTextAsync("ANSS — Lookup");
        await Expect(queued).ToContainTextAsync("Household.region");

        await ScreenshotsAsync(citizen, officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await queued.GetByRole(AriaRole.Button, new() { Name = "Approuver" }).ClickAsync();
        await Expect(officer.Locator("#queue li.card")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task The_officer_page_does_not_send_the_citizen_token_and_programmes_are_named_in_the_page_language()
    {
        Skip.If(HeadlessChromium.Executable is null && Environment.GetEnvironmentVariable("CI") != "true", "Chromium is not installed here; .ci/run installs the Debian package.");
        var address = registry.StartOnLoopbackPort();
        var household = DemoPlaintext.Of(registry)[0];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = HeadlessChromium.Executable, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { Locale = "fr-MA" });
        await SignInAsync(page, $"{address}/citizen", registry.Token(TestPrincipals.Citizen(household.Members[0].PublicId)));
        await Expect(page.Locator("#eligibility")).ToContainTextAsync("Aide sociale directe");
        await Expect(page.Locator("#eligibility")).Not.ToContainTextAsync("Direct social aid");
        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-rendered", "ar");
        await Expect(page.Locator("#eligibility")).ToContainTextAsync("الدعم الاجتماعي المباشر");
        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();

        // The same tab, as a user who types /officer next: it asks for an officer's token, and sends nothing.
        var sent = new List<string>();
        page.Request += (_, request) => sent.Add($"{request.Url} {request.Headers.GetValueOrDefault("authorization")}");
        await page.GotoAsync($"{address}/officer");
        await Expect(page.Locator("#signin")).ToBeVisibleAsync();
        await Expect(page.Locator("#content")).ToBeHiddenAsync();
        Assert.DoesNotContain(sent, r => r.Contains("/graphql", StringComparison.Ordinal));
        var keys = await page.EvaluateAsync<string[]>("() => Object.keys(sessionStorage)");
        Assert.Equal(["graphregistry.token.citizen"], keys);
    }

    [Fact]
    public async Task The_pages_load_nothing_from_outside_the_registry()
    {
        var client = registry.CreateClient();

        var page = await client.GetAsync("/citizen");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/pages/assets/../appsettings.json")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/pages/assets/secret.js")).StatusCode);
    }

    public void Dispose() => registry.Dispose();

    internal static async Task SignInAsync(IPage page, string url, string token)
    {
        await page.GotoAsync(url);
        await page.GetByLabel("Jeton de connexion").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("#content")).ToBeVisibleAsync();
    }

    // UPDATE_SCREENSHOTS=1 rewrites docs/screenshots/*.png, shown in docs/citizens-and-officers.md and the README.
    private static async Task ScreenshotsAsync(IPage citizen, IPage officer)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1")
        {
            return;
        }

        var folder = Path.Combine(RepositoryPaths.Root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (page, name) in new[] { (citizen, "citizen"), (officer, "officer") })
        {
            await page.SetViewportSizeAsync(1200, 900);
            await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
            await Expect(page.Locator("body")).ToHaveAttributeAsync("data-rendered", "fr");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-fr.png"), FullPage = true });
            await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            await Expect(page.Locator("body")).ToHaveAttributeAsync("data-rendered", "ar");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-ar.png"), FullPage = true });
        }
    }
}
