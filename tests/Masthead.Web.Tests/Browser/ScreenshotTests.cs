using Masthead.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Masthead.Web.Tests.Browser;

/// <summary>Screenshots of the key pages at desktop and mobile widths, into artifacts/screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests : AppTests
{
    private readonly BrowserApp browser;

    public ScreenshotTests(BrowserApp app)
        : base(app)
    {
        browser = app;
    }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "mobile")]
    public async Task Key_pages_are_photographed(int width, string label)
    {
        var shots = new List<string>();
        await using (var anonymous = await browser.NewContextAsync(width))
        {
            var page = await anonymous.NewPageAsync();
            shots.Add(await ShootAsync(page, "/", $"home-{label}"));
            shots.Add(await ShootAsync(page, PageTypes.PaidArticle, $"article-paywall-{label}", ".paywall-prompt"));
            shots.Add(await ShootAsync(page, "/account/login", $"log-in-{label}"));
        }

        var subscriber = await browser.SignedInPageAsync(DemoEmail("subscriber"), MastheadApp.DemoPassword, width);
        shots.Add(await ShootAsync(subscriber, PageTypes.PaidArticle, $"article-subscriber-{label}"));
        shots.Add(await ShootAsync(subscriber, "/account", $"account-{label}"));
        await subscriber.Context.CloseAsync();

        Assert.All(shots, path => Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty"));
    }

    /// <param name="scrollTo">An element to bring into view first, e.g. the paywall prompt below the preview.</param>
    private static async Task<string> ShootAsync(IPage page, string path, string name, string? scrollTo = null)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        if (scrollTo is not null)
        {
            await page.Locator(scrollTo).EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        }

        var file = Path.Combine(BrowserTools.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = false });
        return file;
    }
}
