using Masthead.Core.Subscriptions;
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
        var groups = await Task.WhenAll(Specs(app).GroupBy(s => s.Who.Name).Select(async group =>
        {
            await slots.WaitAsync();
            try
            {
                return await VisitAsync(app, group.First().Who, group.ToList());
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
        static Func<IPage, Task<IResponse?>> Go(string path) => page => page.GotoAsync(path);
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

    private static Task<IResponse?> SubmitAsync(IPage page, string button) =>
        page.RunAndWaitForResponseAsync(
            () => page.Locator("main, footer").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).First.ClickAsync(),
            r => r.Request.Method == "POST")!;

    private static async Task<List<PageVisit>> VisitAsync(BrowserApp app, Who who, IReadOnlyList<Spec> specs)
    {
        IPage page;
        if (who.Credentials is null)
        {
            page = await (await app.NewContextAsync()).NewPageAsync();
        }
        else
        {
            var (email, password) = await who.Credentials();
            page = await app.SignedInPageAsync(email, password);
        }

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
