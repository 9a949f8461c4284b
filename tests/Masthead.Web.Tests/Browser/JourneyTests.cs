using Masthead.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Masthead.Web.Tests.Browser;

/// <summary>The reader journeys, clicked through in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests : AppTests
{
    private readonly BrowserApp browser;

    public JourneyTests(BrowserApp app)
        : base(app)
    {
        browser = app;
    }

    [Fact]
    public async Task A_reader_goes_from_the_home_page_to_a_section_to_an_article()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Culture" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Culture");
        var first = page.Locator(".card-headline a").First;
        var headline = await first.TextContentAsync();
        await first.ClickAsync();

        await Assertions.Expect(page.Locator("article h1")).ToHaveTextAsync(headline!);
        Assert.Contains("/articles/", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blocked_reader_logs_in_from_the_top_right_button_and_returns_to_the_article_in_full()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageTypes.PaidArticle);
        await Assertions.Expect(page.Locator(".paywall-prompt h2")).ToHaveTextAsync("Subscribe to keep reading");

        var login = page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "Log in" });
        var box = (await login.BoundingBoxAsync())!;
        Assert.True(box.X > 1280 / 2, "the Log in button sits on the right");
        Assert.True(box.Y < 100, "the Log in button sits at the top");
        await login.ClickAsync();
        await page.Locator("main").GetByLabel("E-mail address").FillAsync(DemoEmail("subscriber"));
        await page.Locator("main").GetByLabel("Password", new() { Exact = true }).FillAsync(MastheadApp.DemoPassword);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith(PageTypes.PaidArticle, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".paywalled-content")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".paywall-prompt")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reader_subscribes_from_the_paywall_and_lands_back_on_the_article_in_full()
    {
        var email = TestAccounts.NewEmail("browser-buyer");
        await TestAccounts.CreateConfirmedAsync(App, email);
        var page = await browser.SignedInPageAsync(email, TestAccounts.Password);
        await page.GotoAsync(PageTypes.PaidArticle);

        await page.Locator(".paywall-prompt").GetByRole(AriaRole.Link, new() { Name = "Subscribe" }).ClickAsync();
        await page.Locator("section.plan", new() { HasText = "Digital" }).First.GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(page.Locator(".test-mode")).ToContainTextAsync("Test mode");
        await page.GetByLabel("Card number").FillAsync("4242 4242 4242 4242");
        await page.GetByLabel("Expiry (MM/YY)").FillAsync("12/34");
        await page.GetByLabel("Security code").FillAsync("123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay and subscribe" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith(PageTypes.PaidArticle, StringComparison.Ordinal), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".paywalled-content")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_meter_counts_down_one_article_at_a_time()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(PageTypes.MeteredArticle);
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("9 free articles left this month");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("9 free articles left this month");
        await page.GotoAsync("/articles/kestria-offshore-wind-auction-results");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("8 free articles left this month");
    }

    [Fact]
    public async Task A_reader_signs_up_confirms_with_the_link_from_the_pickup_folder_logs_in_and_out()
    {
        var email = TestAccounts.NewEmail("browser-signup");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/register");
        await page.Locator("main").GetByLabel("E-mail address").FillAsync(email);
        await page.Locator("main").GetByLabel("Password", new() { Exact = true }).FillAsync("a long enough password");
        await page.Locator("main").GetByLabel("Password again").FillAsync("a long enough password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Check your e-mail");

        var mail = await MailPickup.WaitForAsync(App, email, "Confirm your e-mail address");
        await page.GotoAsync(MailPickup.FirstLinkPath(mail));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("E-mail address confirmed");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
        await page.Locator("main").GetByLabel("E-mail address").FillAsync(email);
        await page.Locator("main").GetByLabel("Password", new() { Exact = true }).FillAsync("a long enough password");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.Locator(".site-header").GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Assertions.Expect(page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Tab_reaches_the_skip_link_first_and_enter_moves_focus_to_main()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageTypes.FreeArticle);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    [Fact]
    public async Task Reading_and_logging_in_work_without_javascript()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(PageTypes.FreeArticle);
        await Assertions.Expect(page.Locator(".article-body p").First).ToBeVisibleAsync();

        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(PageTypes.PaidArticle)}");
        await page.Locator("main").GetByLabel("E-mail address").FillAsync(DemoEmail("subscriber"));
        await page.Locator("main").GetByLabel("Password", new() { Exact = true }).FillAsync(MastheadApp.DemoPassword);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith(PageTypes.PaidArticle, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".paywalled-content")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_load_nothing_from_other_sites()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.Root.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        await page.GotoAsync("/");
        await page.GotoAsync(PageTypes.FreeArticle);

        Assert.Empty(foreign);
    }
}
