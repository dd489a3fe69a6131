using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsCorpus.Core.Accounts;

namespace NewsCorpus.Web.Tests.Browser;

/// <summary>What an admin does in a real browser: sign in (after a typo), reach /admin, sign out.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AdminJourneyTests(BrowserFixture browser)
{
    private const string Password = "a long pass phrase";

    private string AddAdmin()
    {
        var name = "journey-" + Guid.NewGuid().ToString("N")[..8];
        browser.Services.GetRequiredService<AdminAccounts>().Add(name, Password);
        return name;
    }

    private static async Task SubmitSignInAsync(IPage page, string name, string password)
    {
        await page.GetByLabel("الاسم").FillAsync(name);
        await page.GetByLabel("كلمة المرور").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول", Exact = true }).ClickAsync();
    }

    [SkippableFact]
    public async Task An_admin_signs_in_after_a_wrong_password_reaches_admin_and_signs_out()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var name = AddAdmin();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(browser.BaseUrl + "/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/admin/signin\?returnUrl=%2Fadmin$"));
        await SubmitSignInAsync(page, name, "a wrong pass phrase");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("الاسم أو كلمة المرور غير صحيحين");
        await browser.ScreenshotAsync(page, "admin-signin-refused-ar");

        await SubmitSignInAsync(page, name, Password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync(name);
        await browser.ScreenshotAsync(page, "admin-home-ar");

        // A signed-in admin finds the way back to /admin from any page.
        await page.GotoAsync(browser.BaseUrl + "/summits");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "التنقل الرئيسي" }).GetByRole(AriaRole.Link, new() { Name = "الإدارة" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "خروج" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(browser.BaseUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "الإدارة" })).ToHaveCountAsync(0);
        await page.GotoAsync(browser.BaseUrl + "/admin");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/signin"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_admin_pages_have_no_serious_or_critical_violations_in_arabic_and_english()
    {
        Skip.If(BrowserFixture.SkipReason is not null, BrowserFixture.SkipReason);
        var name = AddAdmin();
        var page = await browser.NewPageAsync(new() { BypassCSP = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var failures = new List<string>();

        await page.GotoAsync(browser.BaseUrl + "/admin/signin");
        await SubmitSignInAsync(page, name, "a wrong pass phrase");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => "refused sign-in: " + v));
        await SubmitSignInAsync(page, name, Password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        foreach (var culture in new[] { "ar", "en" })
        {
            await page.GotoAsync(browser.BaseUrl + "/admin?culture=" + culture);
            failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{culture} /admin: {v}"));
            await browser.ScreenshotAsync(page, "page-admin-" + culture);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.Context.CloseAsync();
    }
}
