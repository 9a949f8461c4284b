using Masthead.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ZzProbeTests : AppTests
{
    private readonly BrowserApp browser;

    public ZzProbeTests(BrowserApp app) : base(app) { browser = app; }

    [Fact]
    public async Task Probe_save_during_slow_autosave()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var headline = $"Probe race {tag}";
        var page = await browser.SignedInPageAsync(DemoEmail("editor"), MastheadApp.DemoPassword);
        await page.RouteAsync(url => url.Contains("handler=Autosave", StringComparison.Ordinal), async route =>
        {
            var response = await route.FetchAsync();
            await Task.Delay(3000);
            try { await route.FulfillAsync(new() { Response = response }); } catch (PlaywrightException) { }
        });
        await page.GotoAsync("/newsroom/stories");
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync(headline);
        await page.GetByLabel("Standfirst", new() { Exact = true }).FillAsync("Standfirst.");
        await page.GetByLabel("Dateline", new() { Exact = true }).FillAsync("X");
        await page.GetByLabel("Body (Markdown)").FillAsync("Body.");
        await Assertions.Expect(page.Locator("#autosave-status")).ToContainTextAsync("Saving draft", new() { Timeout = 10_000 });
        await Task.Delay(500);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Task.Delay(1000);
        var count = await App.WithDbAsync(db => db.Articles.CountAsync(a => a.Headline == headline));
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Fail($"url={page.Url} stories={count}\n{text[..Math.Min(1500, text.Length)]}");
    }
}
