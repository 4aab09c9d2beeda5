using GraphRegistry.Api.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GraphRegistry.Api.Tests.WebPages;

/// <summary>
/// The pages in French and in Arabic, in the machine's Chromium: what the API sends in English or
/// as codes (reasons, score variables, who read what and why) reaches the reader in the page's
/// language, and the consent form offers lists to choose from, not codes to type.
/// </summary>
public sealed class WebPagesLanguageTests : IDisposable
{
    private const string Read = """
        query($id: ID!, $purpose: String!) { household(id: $id, purpose: $purpose) { id size region { code } } }
        """;

    private readonly RegistryApplication registry = new(RegistryApplication.CreateDataDirectory(), demoHouseholds: 6, ownsDirectory: true, "Development");

    [SkippableFact]
    public async Task The_french_and_arabic_pages_show_no_english_reason_variable_code_or_access_phrase()
    {
        Skip.If(HeadlessChromium.Executable is null && Environment.GetEnvironmentVariable("CI") != "true", "Chromium is not installed here; .ci/run installs the Debian package.");
        var address = registry.StartOnLoopbackPort();
        var household = DemoPlaintext.Of(registry)[0];
        await ConsentDesk.RecordAsync(registry, household, "CNSS", "AMO_ELIGIBILITY");
        Assert.Empty((await registry.CreateClient(TestPrincipals.Agency("CNSS")).PostGraphQLAsync(Read, new { id = household.PublicId, purpose = "AMO_ELIGIBILITY" })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await registry.CreateClient(TestPrincipals.Agency("ANSS")).PostGraphQLAsync(Read, new { id = household.PublicId, purpose = "ASD_PAYMENT" })).ErrorCodes);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = HeadlessChromium.Executable, Headless = true, Args = ["--no-sandbox"] });
        var citizen = await browser.NewPageAsync(new() { Locale = "fr-MA" });
        await WebPagesBrowserTests.SignInAsync(citizen, $"{address}/citizen", registry.Token(TestPrincipals.Citizen(household.Members[0].PublicId)));

        await AssertCatalogueCoversTheRegistryAsync(citizen);
        await Expect(citizen.Locator("#eligibility li[data-reason=THRESHOLD_MET], #eligibility li[data-reason=THRESHOLD_NOT_MET]").First).ToContainTextAsync("seuil du programme");
        await Expect(citizen.Locator("#eligibility li[data-reason=OTHER]")).ToHaveCountAsync(0);
        await Expect(citizen.Locator("#contributions .variable").First).Not.ToBeEmptyAsync();
        var cnssRead = citizen.Locator("#accesses li.allowed", new() { HasText = "CNSS" }).First;
        await Expect(cnssRead).ToContainTextAsync("Caisse nationale de sécurité sociale (CNSS) a consulté votre région, combien de personnes vivent dans votre ménage pour vérifier l'éligibilité à l'AMO Tadamon");
        await Expect(citizen.Locator("#accesses li.denied", new() { HasText = "ANSS" }).First).ToContainTextAsync("verser l'aide sociale directe au ménage");
        await AssertNoEnglishAsync(citizen);

        await ArabicAsync(citizen);
        Assert.True(await citizen.Locator("#eligibility .comparison").First.EvaluateAsync<bool>(ScoreReadsLeftToRight), "The score comparison is reordered in the Arabic line.");
        await Expect(cnssRead).ToContainTextAsync("الصندوق الوطني للضمان الاجتماعي (CNSS) اطلع على جهتكم، عدد الأشخاص الذين يسكنون في أسرتكم");
        await AssertNoEnglishAsync(citizen);

        var officer = await browser.NewPageAsync(new() { Locale = "fr-MA" });
        await WebPagesBrowserTests.SignInAsync(officer, $"{address}/officer", registry.Token(TestPrincipals.Officer));
        await Expect(officer.Locator("#log tbody tr.denied", new() { HasText = "ANSS" }).First).ToContainTextAsync("aucun consentement valide (NO_CONSENT)");
        await AssertNoEnglishAsync(officer);
        await ArabicAsync(officer);
        await Expect(officer.Locator("#log tbody tr.denied", new() { HasText = "ANSS" }).First).ToContainTextAsync("لا توجد موافقة سارية");
        await AssertNoEnglishAsync(officer);
    }

    [SkippableFact]
    public async Task The_consent_form_offers_agencies_and_purposes_by_name_and_the_consent_it_gives_lets_the_agency_read()
    {
        Skip.If(HeadlessChromium.Executable is null && Environment.GetEnvironmentVariable("CI") != "true", "Chromium is not installed here; .ci/run installs the Debian package.");
        var address = registry.StartOnLoopbackPort();
        var household = DemoPlaintext.Of(registry)[0];
        var cnss = registry.CreateClient(TestPrincipals.Agency("CNSS"));
        var variables = new { id = household.PublicId, purpose = "AMO_ENROLLMENT" };
        Assert.Equal(["NOT_FOUND"], (await cnss.PostGraphQLAsync(Read, variables)).ErrorCodes);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = HeadlessChromium.Executable, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { Locale = "ar-MA" });
        await WebPagesBrowserTests.SignInAsync(page, $"{address}/citizen", registry.Token(TestPrincipals.Citizen(household.Members[0].PublicId)));
        await ArabicAsync(page);

        // The purposes a law covers (ASD_ELIGIBILITY) need no consent and are not offered.
        await page.GetByLabel("الهيئة", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "الصندوق الوطني للضمان الاجتماعي (CNSS)" });
        var purposes = await page.Locator("#grant-purpose option").AllInnerTextsAsync();
        Assert.Contains("تسجيل الأسرة في التأمين الإجباري عن المرض «تضامن»", purposes);
        await page.GetByLabel("الهيئة", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "الوكالة الوطنية للدعم الاجتماعي (ANSS)" });
        Assert.DoesNotContain("التحقق من الأهلية للدعم الاجتماعي المباشر", await page.Locator("#grant-purpose option").AllInnerTextsAsync());
        var options = await page.Locator("#grant-form option").EvaluateAllAsync<string[][]>("options => options.map(o => [o.value, o.textContent])");
        Assert.All(options, option => Assert.NotEqual(option[0], option[1]));

        await page.GetByLabel("الهيئة", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "الصندوق الوطني للضمان الاجتماعي (CNSS)" });
        await page.GetByLabel("الغرض", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "تسجيل الأسرة في التأمين الإجباري عن المرض «تضامن»" });
        await page.GetByLabel("إلى غاية").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "منح موافقتي" }).ClickAsync();

        var given = page.Locator("#consents tr[data-agency=CNSS][data-status=GIVEN]");
        await Expect(given).ToContainTextAsync("تسجيل الأسرة في التأمين الإجباري عن المرض «تضامن»");
        await Expect(page.Locator("#page-error")).ToBeEmptyAsync();
        Assert.Empty((await cnss.PostGraphQLAsync(Read, variables)).ErrorCodes);
    }

    // "9.55 ≤ 9.74" stays in that order on screen inside an Arabic sentence: the score's first digit
    // is drawn left of the threshold's last one (the bidi algorithm alone would swap them).
    private const string ScoreReadsLeftToRight = """
        element => {
          const text = element.firstChild, range = document.createRange();
          const at = (i) => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().left; };
          return getComputedStyle(element).direction === "ltr" && at(0) < at(text.length - 1);
        }
        """;

    public void Dispose() => registry.Dispose();

    private static async Task ArabicAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "العربية" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-rendered", "ar");
    }

    private static async Task AssertNoEnglishAsync(IPage page)
    {
        var text = await page.Locator("#content").InnerTextAsync();
        Assert.Empty(PageVocabulary.Leaks(text));
    }

    private static async Task AssertCatalogueCoversTheRegistryAsync(IPage page)
    {
        var keys = await page.EvaluateAsync<Dictionary<string, string[]>>("() => ({ fr: Object.keys(PortalText.fr), ar: Object.keys(PortalText.ar) })");
        var required = PageVocabulary.RequiredKeys();
        Assert.Empty(required.Except(keys["fr"], StringComparer.Ordinal));
        Assert.Empty(required.Except(keys["ar"], StringComparer.Ordinal));
    }
}
