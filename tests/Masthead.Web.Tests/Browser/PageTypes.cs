using System.Collections.Concurrent;
using Masthead.Core.Subscriptions;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Masthead.Web.Tests.Browser;

/// <summary>One distinct page a reader can meet, as served (its source) and as axe found it.</summary>
public sealed record PageVisit(string Name, string Html, IReadOnlyList<string> AxeViolations);

/// <summary>Visits every distinct page type once, in every paywall state, as the reader who meets it.</summary>
public static class PageTypes
{
    public const string FreeArticle = "/articles/teverin-delta-storm-surge-dyke-breaches";
    public const string MeteredArticle = "/articles/saltmere-port-strike-container-backlog";
    public const string PaidArticle = "/articles/caldry-hospital-ransomware-attack";
    public const string RegisteredArticle = "/articles/corvania-coalition-talks-stall";

    /// <summary>Who sees the page: no credentials for an anonymous reader, else how to get their e-mail and password.</summary>
    private sealed record Who(string Name, Func<Task<(string Email, string Password)>>? Credentials);

    private sealed record Spec(string Name, Who Who, Func<IPage, Task<IResponse?>> Open);

    /// <summary>Each reader's pages in one browser profile; two readers at a time (the machine has two cores).</summary>
    public static async Task<IReadOnlyList<PageVisit>> VisitAllAsync(BrowserApp app)
    {
        using var slots = new SemaphoreSlim(2);
        var sessions = new ConcurrentDictionary<string, Task<string>>(StringComparer.Ordinal);
        var groups = await Task.WhenAll(Specs(app).GroupBy(s => s.Who.Name).Select(async group =>
        {
            await slots.WaitAsync();
            try
            {
                return await VisitAsync(app, group.First().Who, group.ToList(), sessions);
            }
            finally
            {
                slots.Release();
            }
        }));
        return groups.SelectMany(g => g).ToList();
    }

    private static List<Spec> Specs(BrowserApp app)
    {
        static Who Demo(string name) =>
            new(name, () => Task.FromResult(($"{name}@{MastheadApp.DemoDomain}", MastheadApp.DemoPassword)));
        Who Subscriber(string name, SubscriptionStatus status, int periodEndDays, int? failedDays = null) =>
            new(name, async () => (await TestAccounts.CreateSubscriberAsync(
                app, status, DateTimeOffset.UtcNow.AddDays(periodEndDays), failedDays is { } d ? DateTimeOffset.UtcNow.AddDays(d) : null), TestAccounts.Password));
        Who[] anonymous = [new("anonymous-1", null), new("anonymous-2", null), new("anonymous-3", null)];
        Who subscriber = Demo("subscriber"), lapsed = Demo("lapsed"), reader = Demo("reader"), admin = Demo("admin");
        Who buyer = new("buyer", () => NewReaderAsync(app));

        var specs = new List<Spec>();
        foreach (var (name, path) in new[]
        {
            ("home", "/"), ("section", "/sections/world"), ("article-free", FreeArticle),
            ("article-metered", MeteredArticle), ("article-subscribe-or-log-in", PaidArticle),
            ("article-create-account", RegisteredArticle), ("subscribe", "/subscribe"), ("not-found", "/articles/no-such-story"),
            ("log-in", "/account/login"), ("sign-up", "/account/register"), ("check-email", "/account/check-email"),
            ("confirm-email-bad-link", "/account/confirm-email?userId=x&code=y"), ("forgot-password", "/account/forgot-password"),
            ("reset-password", "/account/reset-password?email=a%40example.test&code=abc"), ("newsletter", "/newsletter"),
        })
        {
            specs.Add(new Spec(name, anonymous[specs.Count % anonymous.Length], Go(path)));
        }

        specs.Add(new Spec("log-in-failed", anonymous[0], async page =>
        {
            await page.GotoAsync("/account/login");
            await page.Locator("main").GetByLabel("E-mail address").FillAsync("nobody@example.test");
            await page.Locator("main").GetByLabel("Password", new() { Exact = true }).FillAsync("wrong password");
            return await SubmitAsync(page, "Log in");
        }));
        specs.Add(new Spec("sign-up-errors", anonymous[1], async page =>
        {
            await page.GotoAsync("/account/register");
            await page.Locator("main").GetByLabel("E-mail address").FillAsync(TestAccounts.NewEmail("errors"));
            await page.Locator("main").GetByLabel("Password", new() { Exact = true }).FillAsync("short");
            await page.Locator("main").GetByLabel("Password again").FillAsync("different");
            return await SubmitAsync(page, "Create account");
        }));
        specs.Add(new Spec("newsletter-thanks", anonymous[2], async page =>
        {
            await page.GotoAsync("/");
            await page.Locator("#newsletter-email").FillAsync(TestAccounts.NewEmail("visitor"));
            return await SubmitAsync(page, "Sign up");
        }));

        specs.Add(new Spec("article-subscriber", subscriber, Go(PaidArticle)));
        specs.Add(new Spec("account-subscriber", subscriber, Go("/account")));
        specs.Add(new Spec("article-update-card", lapsed, Go(PaidArticle)));
        specs.Add(new Spec("account-card-failed", lapsed, Go("/account")));
        specs.Add(new Spec("article-registered-subscribe", reader, Go(PaidArticle)));
        specs.Add(new Spec("account-reader", reader, Go("/account")));
        specs.Add(new Spec("forbidden", reader, async page =>
        {
            var response = await page.GotoAsync("/newsroom");
            await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("You can't open this page");
            return response;
        }));
        specs.Add(new Spec("article-staff", Demo("editor"), Go(PaidArticle)));
        specs.Add(new Spec("article-payment-failed-banner", Subscriber("in-grace", SubscriptionStatus.PastDue, -1, -1), Go(PaidArticle)));
        specs.Add(new Spec("article-resubscribe", Subscriber("former", SubscriptionStatus.Canceled, -5), Go(PaidArticle)));
        specs.Add(new Spec("billing-return-unconfirmed", reader, Go("/billing/return?returnUrl=%2F")));
        specs.Add(new Spec("admin-plans", admin, Go("/admin/plans")));
        specs.Add(new Spec("admin-plan-errors", admin, async page =>
        {
            await page.GotoAsync("/admin/plans");
            await page.Locator("main").GetByLabel("Name").FillAsync("No price");
            return await SubmitAsync(page, "Save plan");
        }));
        specs.Add(new Spec("admin-test-clock", admin, Go("/admin/test-clock")));
        specs.Add(new Spec("admin-complimentary", admin, Go("/admin/complimentary")));
        specs.Add(new Spec("admin-staff", admin, Go("/admin/staff")));
        specs.Add(new Spec("subscribe-signed-in", buyer, Go("/subscribe")));
        Who editor = Demo("editor");
        specs.Add(new Spec("newsroom-stories", editor, Go("/newsroom")));
        specs.Add(new Spec("newsroom-story-edit", editor, Go("/newsroom/stories/1")));
        specs.Add(new Spec("newsroom-story-errors", editor, async page =>
        {
            await page.GotoAsync("/newsroom/stories");
            await page.GetByLabel("Headline", new() { Exact = true }).FillAsync("A story with a bad slug");
            await page.GetByLabel("Standfirst", new() { Exact = true }).FillAsync("Standfirst.");
            await page.GetByLabel("Slug (the address; made from the headline when empty)").FillAsync("Bad Slug!");
            await page.GetByLabel("Dateline", new() { Exact = true }).FillAsync("ANYWHERE");
            await page.GetByLabel("Body (Markdown)").FillAsync("Text.");
            return await SubmitAsync(page, "Save draft");
        }));
        specs.Add(new Spec("newsroom-sections", editor, Go("/newsroom/sections")));
        specs.Add(new Spec("newsroom-tags", editor, Go("/newsroom/tags")));
        AddMediaAndStoryTools(app, specs, editor, anonymous[1]);
        specs.Add(new Spec("sandbox-checkout", buyer, OpenCheckoutAsync));
        specs.Add(new Spec("sandbox-checkout-declined", buyer, async page =>
        {
            await OpenCheckoutAsync(page);
            await FillCardAsync(page, "4000 0000 0000 9995");
            return await SubmitAsync(page, "Pay and subscribe");
        }));
        specs.Add(new Spec("account-with-card", buyer, async page =>
        {
            await OpenCheckoutAsync(page);
            await FillCardAsync(page, "4242 4242 4242 4242");
            await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Pay and subscribe" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/sandbox/", StringComparison.Ordinal) && !url.Contains("/billing/return", StringComparison.Ordinal));
            return await page.GotoAsync("/account");
        }));
        specs.Add(new Spec("sandbox-portal", buyer, page =>
            ArriveAtAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Update your card" }).ClickAsync(), "/sandbox/portal/")));
        return specs;
    }

    /// <summary>
    /// The media library and the story tools, on a published story with pictures, a video embed,
    /// two revisions and a correction (made once, over HTTP, while the first pages are visited); and that
    /// story's picture as a contributor meets it, read-only.
    /// The editor's pages are split between two more profiles so they do not queue behind each other.
    /// </summary>
    private static void AddMediaAndStoryTools(BrowserApp app, List<Spec> specs, Who editor, Who anonymous)
    {
        var story = NewsroomStories.IllustratedAsync(app, "Quality gate story");
        Func<IPage, Task<IResponse?>> GoToStory(Func<IllustratedStory, string> path) => async page => await page.GotoAsync(path(await story));
        Who media = new("editor-media", editor.Credentials), tools = new("editor-tools", editor.Credentials);
        Who contributor = new("contributor", async () =>
        {
            var email = TestAccounts.NewEmail("contributor");
            await TestAccounts.CreateConfirmedAsync(app, email, StaffRoles.Contributor);
            return (email, TestAccounts.Password);
        });

        specs.Add(new Spec("newsroom-media", media, Go("/newsroom/media")));
        specs.Add(new Spec("newsroom-media-upload-error", media, async page =>
        {
            await page.GotoAsync("/newsroom/media");
            await page.GetByLabel("Picture (JPEG, PNG or WebP)").SetInputFilesAsync(
                new FilePayload { Name = "x.png", MimeType = "image/png", Buffer = "Not a picture at all."u8.ToArray() });
            await page.GetByLabel("Alt text (what the picture shows)").FillAsync("Not a picture");
            var response = await SubmitAsync(page, "Upload picture");
            await Assertions.Expect(page.Locator("[data-valmsg-for='Upload.File']")).ToContainTextAsync("This file is not a JPEG, PNG or WebP image.");
            return response;
        }));
        specs.Add(new Spec("newsroom-media-picture", media, GoToStory(s => $"/newsroom/media/images/{s.PictureId}")));
        specs.Add(new Spec("newsroom-media-picture-read-only", contributor, async page =>
        {
            var response = await GoToStory(s => $"/newsroom/media/images/{s.PictureId}")(page);
            await Assertions.Expect(page.Locator("main [role='note']")).ToContainTextAsync("only editors and admins can change");
            return response;
        }));
        specs.Add(new Spec("newsroom-media-video", media, Go("/newsroom/media/video")));
        specs.Add(new Spec("newsroom-media-video-errors", media, async page =>
        {
            await page.GotoAsync("/newsroom/media/video");
            var response = await SubmitAsync(page, "Upload video");
            await Assertions.Expect(page.Locator("[data-valmsg-for='Upload.File']")).ToContainTextAsync("Choose an MP4 file.");
            return response;
        }));
        specs.Add(new Spec("newsroom-home-page", media, Go("/newsroom/home-page")));

        specs.Add(new Spec("newsroom-story-published", tools, async page =>
        {
            var response = await GoToStory(s => s.FormPath)(page);
            await Assertions.Expect(page.Locator(".corrections li")).ToHaveCountAsync(1);
            await page.Locator(".live-preview:not([hidden])").WaitForAsync();
            return response;
        }));
        specs.Add(new Spec("newsroom-story-live-preview", tools, async page =>
        {
            var response = await page.GotoAsync("/newsroom/stories");
            var pictureId = (await story).PictureId;
            await page.GetByLabel("Body (Markdown)").FillAsync($"A paragraph.\n\n![A picture](media:{pictureId})\n\n{NewsroomStories.YouTubeUrl}");
            await page.Locator(".live-preview:not([hidden]) figure.video-embed").WaitForAsync();
            return response;
        }));
        specs.Add(new Spec("newsroom-revisions", tools, async page =>
        {
            var response = await GoToStory(s => $"{s.FormPath}/revisions")(page);
            await Assertions.Expect(page.Locator(".comparison ins").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".comparison del").First).ToBeVisibleAsync();
            return response;
        }));
        specs.Add(new Spec("newsroom-preview-anonymous", tools, async page =>
        {
            var response = await GoToStory(s => $"{s.FormPath}/preview/anonymous")(page);
            await Assertions.Expect(page.Locator(".paywall-prompt")).ToBeVisibleAsync();
            return response;
        }));
        specs.Add(new Spec("newsroom-preview-subscriber", tools, async page =>
        {
            var response = await GoToStory(s => $"{s.FormPath}/preview/subscriber")(page);
            await Assertions.Expect(page.GetByText((await story).GatedParagraph)).ToBeVisibleAsync();
            return response;
        }));

        specs.Add(new Spec("article-pictures-video-correction", anonymous, async page =>
        {
            var response = await GoToStory(s => s.ArticlePath)(page);
            await Assertions.Expect(page.Locator(".article-body figure.body-figure:not(.video-embed) img")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".article-body figure.video-embed")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".article-corrections li")).ToHaveCountAsync(1);
            return response;
        }));
    }

    private static Func<IPage, Task<IResponse?>> Go(string path) => page => page.GotoAsync(path);

    private static async Task<IResponse?> OpenCheckoutAsync(IPage page)
    {
        await page.GotoAsync("/subscribe");
        return await ArriveAtAsync(page, () => page.Locator("section.plan form").First.GetByRole(AriaRole.Button).ClickAsync(), "/sandbox/checkout/");
    }

    /// <summary>Does <paramref name="action"/> and returns the page it leads to, through any redirects.</summary>
    private static async Task<IResponse?> ArriveAtAsync(IPage page, Func<Task> action, string path) =>
        await page.RunAndWaitForResponseAsync(action, r => r.Request.Method == "GET" && r.Url.Contains(path, StringComparison.Ordinal));

    private static async Task FillCardAsync(IPage page, string number)
    {
        await page.GetByLabel("Card number").FillAsync(number);
        await page.GetByLabel("Expiry (MM/YY)").FillAsync("12/34");
        await page.GetByLabel("Security code").FillAsync("123");
    }

    private static async Task<(string, string)> NewReaderAsync(BrowserApp app)
    {
        var email = TestAccounts.NewEmail("buyer");
        await TestAccounts.CreateConfirmedAsync(app, email);
        return (email, TestAccounts.Password);
    }

    /// <summary>
    /// A browser profile for <paramref name="who"/>. Logging in costs seconds, so a person seen in
    /// several profiles logs in once and the other profiles start from that session's cookies.
    /// </summary>
    private static async Task<IPage> OpenProfileAsync(BrowserApp app, Who who, ConcurrentDictionary<string, Task<string>> sessions)
    {
        if (who.Credentials is null)
        {
            return await (await app.NewContextAsync()).NewPageAsync();
        }

        var (email, password) = await who.Credentials();
        var session = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!sessions.TryAdd(email, session.Task))
        {
            return await (await app.NewContextAsync(storageState: await sessions[email])).NewPageAsync();
        }

        try
        {
            var page = await app.SignedInPageAsync(email, password);
            session.SetResult(await page.Context.StorageStateAsync());
            return page;
        }
        catch (Exception e)
        {
            session.SetException(e);
            throw;
        }
    }

    private static Task<IResponse?> SubmitAsync(IPage page, string button) =>
        page.RunAndWaitForResponseAsync(
            () => page.Locator("main, footer").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).First.ClickAsync(),
            r => r.Request.Method == "POST")!;

    private static async Task<List<PageVisit>> VisitAsync(BrowserApp app, Who who, IReadOnlyList<Spec> specs, ConcurrentDictionary<string, Task<string>> sessions)
    {
        var page = await OpenProfileAsync(app, who, sessions);
        try
        {
            var visits = new List<PageVisit>();
            foreach (var spec in specs)
            {
                IResponse response;
                try
                {
                    response = await spec.Open(page) ?? throw new InvalidOperationException("no response");
                }
                catch (Exception e) when (e is TimeoutException or PlaywrightException or InvalidOperationException)
                {
                    throw new InvalidOperationException($"Page type {spec.Name} ({who.Name}): {e.Message}", e);
                }

                var html = await response.TextAsync();
                await page.WaitForLoadStateAsync(LoadState.Load);
                visits.Add(new PageVisit(spec.Name, html, await AxeCheck.ViolationsAsync(page, app.Tools.AxeScript)));
            }

            return visits;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
