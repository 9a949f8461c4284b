using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using SkiaSharp;

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
        var foreign = ForeignRequests(page);

        await page.GotoAsync("/");
        await page.GotoAsync(PageTypes.FreeArticle);

        Assert.Empty(foreign);
    }

    [Fact]
    public async Task A_youtube_embed_loads_nothing_from_youtube_until_play_swaps_in_the_no_cookie_player()
    {
        var story = await NewsroomStories.IllustratedAsync(browser, "Embed story");
        await using var context = await browser.NewContextAsync();
        // Whatever the click asks of YouTube is stopped here: nothing leaves the machine.
        await context.RouteAsync(url => !IsLocal(url), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var foreign = ForeignRequests(page);

        await page.GotoAsync(story.ArticlePath);
        var play = page.Locator("figure.video-embed a.video-embed-link");
        await play.ScrollIntoViewIfNeededAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        List<string> before;
        lock (foreign)
        {
            before = [.. foreign];
        }

        await play.ClickAsync();

        Assert.Empty(before);
        var player = page.Locator("figure.video-embed iframe");
        await Assertions.Expect(player).ToHaveAttributeAsync("src", new Regex("^https://www\\.youtube-nocookie\\.com/embed/aqz-KE-bpKQ"));
        await Assertions.Expect(play).ToHaveCountAsync(0);
        Assert.EndsWith(story.ArticlePath, page.Url, StringComparison.Ordinal);
        Assert.All(foreign, url => Assert.StartsWith("https://www.youtube-nocookie.com/embed/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_editor_illustrates_previews_schedules_publishes_and_corrects_a_subscribers_only_story()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var alt = $"Lock keepers close the repaired Teverin sluice gates, picture {tag}";
        var headline = $"Teverin sluice repairs finish a month early, story {tag}";
        var gated = $"Only subscribers read this last paragraph, story {tag}.";
        var correction = $"An earlier version of this story misnamed the sluice, story {tag}.";
        var page = await browser.SignedInPageAsync(DemoEmail("editor"), MastheadApp.DemoPassword);
        await page.GotoAsync("/newsroom");

        await NewsroomLink(page, "Media").ClickAsync();
        await page.GetByLabel("Picture (JPEG, PNG or WebP)").SetInputFilesAsync(
            new FilePayload { Name = "sluice.jpg", MimeType = "image/jpeg", Buffer = Jpeg(1600, 1000) });
        await page.GetByLabel("Alt text (what the picture shows)").FillAsync(alt);
        await page.GetByLabel("Caption", new() { Exact = true }).FillAsync("The gates were rebuilt in eleven weeks.");
        await page.GetByLabel("Credit (photographer or agency)").FillAsync("Meridian Wire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload picture" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("Uploaded.");
        await Assertions.Expect(page.Locator(".media-grid li", new() { HasText = alt })).ToContainTextAsync("Meridian Wire");

        await NewsroomLink(page, "New story").ClickAsync();
        await FillStoryAsync(page, headline);
        await page.Locator("label.picker-item", new() { HasText = alt }).GetByRole(AriaRole.Radio).CheckAsync();
        var body = page.GetByLabel("Body (Markdown)");
        await body.FillAsync("The Teverin sluice reopened on Monday.");
        await page.GetByText("Pictures to put in the body").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Insert ![{alt}](media:" }).ClickAsync();
        await body.PressSequentiallyAsync($"Barges queued for most of the morning.\n\n{gated}");
        await Assertions.Expect(page.Locator($"#live-preview figure img[alt='{alt}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#live-preview")).ToContainTextAsync(gated);
        await Assertions.Expect(page.Locator("#autosave-status")).ToContainTextAsync("Draft saved", new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("Saved.");
        await Assertions.Expect(page.Locator(".story-status")).ToContainTextAsync("Status: Draft");

        await page.GetByRole(AriaRole.Link, new() { Name = "an anonymous reader" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice-preview")).ToContainTextAsync("Preview as an anonymous reader");
        await Assertions.Expect(page.Locator(".paywall-prompt")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(gated)).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the story" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "a subscriber" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice-preview")).ToContainTextAsync("Preview as a subscriber");
        await Assertions.Expect(page.GetByText(gated)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".paywall-prompt")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the story" }).ClickAsync();

        await page.GetByLabel("Who may read it").SelectOptionAsync(new SelectOptionValue { Label = "Subscribers" });
        await page.GetByLabel("Metered (non-subscribers may read it on their monthly allowance)").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("Published.");
        await page.GetByLabel("Append a correction (shown, dated, at the foot of the story)").FillAsync(correction);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish correction" }).ClickAsync();
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync("Correction published");
        await Assertions.Expect(page.Locator(".corrections li")).ToContainTextAsync(correction);
        var address = await page.GetByRole(AriaRole.Link, new() { Name = "View on the site" }).GetAttributeAsync("href");

        await using (var anonymous = await browser.NewContextAsync())
        {
            var reader = await anonymous.NewPageAsync();
            await reader.GotoAsync(address!);
            await Assertions.Expect(reader.Locator("article h1")).ToHaveTextAsync(headline);
            await Assertions.Expect(reader.Locator(".lead-figure img")).ToHaveAttributeAsync("alt", alt);
            Assert.True(await reader.Locator(".lead-figure img").EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "the lead picture loads");
            await Assertions.Expect(reader.Locator(".lead-figure figcaption")).ToContainTextAsync("Meridian Wire");
            await Assertions.Expect(reader.Locator(".article-body figure img")).ToHaveAttributeAsync("alt", alt);
            await Assertions.Expect(reader.Locator(".paywall-prompt h2")).ToHaveTextAsync("Subscribe to keep reading");
            await Assertions.Expect(reader.GetByText(gated)).ToHaveCountAsync(0);
            await Assertions.Expect(reader.Locator(".article-corrections li")).ToContainTextAsync(correction);
            using var jsonLd = JsonDocument.Parse((await reader.Locator("script[type='application/ld+json']").TextContentAsync())!);
            var corrections = jsonLd.RootElement.GetProperty("correction");
            Assert.Equal(correction, corrections[0].GetProperty("text").GetString());
            Assert.Equal("CorrectionComment", corrections[0].GetProperty("@type").GetString());
        }

        // A second story, scheduled: the list says when it goes out (the going out itself is an HTTP test with a fake clock).
        var second = $"Teverin lock fees to rise next spring, story {tag}";
        var at = DateTime.UtcNow.AddMinutes(10);
        at = new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Utc);
        await NewsroomLink(page, "New story").ClickAsync();
        await FillStoryAsync(page, second);
        await page.GetByLabel("Body (Markdown)").FillAsync("Fees rise by a tenth from April.");
        await page.GetByLabel("Publish at (UTC)").FillAsync(at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var shown = at.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("main .notice")).ToContainTextAsync($"Scheduled for {shown}.");
        await NewsroomLink(page, "Stories").ClickAsync();
        await page.GetByLabel("Search headlines").FillAsync(second);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show stories" }).ClickAsync();
        var row = page.Locator("table.stories tbody tr", new() { HasText = second });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").Nth(3)).ToContainTextAsync("Scheduled");
        await Assertions.Expect(row.Locator("td").Nth(3).Locator("time")).ToHaveTextAsync(shown);
        await Assertions.Expect(row.Locator("td").Nth(3).Locator("time")).ToHaveAttributeAsync("datetime", at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        await page.Context.CloseAsync();
    }

    private static ILocator NewsroomLink(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Newsroom" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static async Task FillStoryAsync(IPage page, string headline)
    {
        await page.GetByLabel("Headline", new() { Exact = true }).FillAsync(headline);
        await page.GetByLabel("Standfirst", new() { Exact = true }).FillAsync("Barges are moving again on the lower Teverin.");
        await page.GetByLabel("Section", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "World" });
        await page.GetByLabel("Dateline", new() { Exact = true }).FillAsync("SALTMERE");
        await page.GetByLabel("Authors (comma-separated)").FillAsync("Test Writer");
        await page.GetByLabel("Tags (comma-separated)").FillAsync("Teverin, transport");
    }

    /// <summary>A picture as a camera would send it: a JPEG with something in it.</summary>
    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, isOpaque: true);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint())
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(30, 90, 140), new SKColor(220, 180, 90)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    private bool IsLocal(string url) =>
        url.StartsWith(browser.Root.ToString(), StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal);

    /// <summary>Every request the page makes to anywhere but the app.</summary>
    private List<string> ForeignRequests(IPage page)
    {
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!IsLocal(request.Url))
            {
                lock (foreign)
                {
                    foreign.Add(request.Url);
                }
            }
        };
        return foreign;
    }
}
