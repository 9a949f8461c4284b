using Masthead.Web.Tests.Infrastructure;

namespace Masthead.Web.Tests.Browser;

/// <summary>Every distinct page type passes axe (WCAG 2.2 A/AA) and the Nu HTML Checker.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QualityGateTests : AppTests
{
    private readonly BrowserApp browser;

    public QualityGateTests(BrowserApp app)
        : base(app)
    {
        browser = app;
    }

    /// <summary>Every page type the sweep must reach, by name: a page or a whole reader's group that drops out fails the gate.</summary>
    private static readonly string[] PageTypeNames =
    [
        "home", "section", "article-free", "article-metered", "article-subscribe-or-log-in", "article-create-account",
        "subscribe", "not-found", "forbidden", "log-in", "sign-up", "check-email", "confirm-email-bad-link", "forgot-password",
        "reset-password", "newsletter", "log-in-failed", "sign-up-errors", "newsletter-thanks",
        "article-subscriber", "account-subscriber", "article-update-card", "account-card-failed",
        "article-registered-subscribe", "account-reader", "article-staff", "article-payment-failed-banner",
        "article-resubscribe", "billing-return-unconfirmed",
        "admin-plans", "admin-plan-errors", "admin-test-clock", "admin-complimentary", "admin-staff",
        "subscribe-signed-in", "sandbox-checkout", "sandbox-checkout-declined", "account-with-card", "sandbox-portal",
        "newsroom-stories", "newsroom-story-edit", "newsroom-story-errors", "newsroom-sections", "newsroom-tags",
        "newsroom-media", "newsroom-media-upload-error", "newsroom-media-picture", "newsroom-media-picture-read-only",
        "newsroom-media-video", "newsroom-media-video-errors", "newsroom-home-page",
        "newsroom-story-published", "newsroom-story-live-preview", "newsroom-revisions",
        "newsroom-preview-anonymous", "newsroom-preview-subscriber", "article-pictures-video-correction",
    ];

    [Fact]
    public async Task The_sweep_visits_exactly_the_listed_page_types()
    {
        var visited = (await browser.PageVisitsAsync()).Select(v => v.Name).ToList();

        var missing = PageTypeNames.Except(visited, StringComparer.Ordinal).ToList();
        var unlisted = visited.Except(PageTypeNames, StringComparer.Ordinal).ToList();
        var twice = visited.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(
            missing.Count == 0 && unlisted.Count == 0 && twice.Count == 0,
            $"not visited: [{string.Join(", ", missing)}]; visited but not listed: [{string.Join(", ", unlisted)}]; visited twice: [{string.Join(", ", twice)}]");
    }

    [Fact]
    public async Task Every_page_type_has_no_accessibility_violations()
    {
        var visits = await browser.PageVisitsAsync();

        var violations = visits.SelectMany(v => v.AxeViolations.Select(x => $"{v.Name}: {x}")).ToList();
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task Every_page_type_is_valid_html()
    {
        var visits = await browser.PageVisitsAsync();

        var errors = await HtmlChecker.ErrorsAsync(browser.Tools, visits.ToDictionary(v => v.Name, v => v.Html));

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public async Task The_checkers_catch_what_they_are_for()
    {
        var broken = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><main><img src=\"a.png\"><p><div></p></main></body></html>";
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(broken);

        var axe = await AxeCheck.ViolationsAsync(page, browser.Tools.AxeScript);
        var nu = await HtmlChecker.ErrorsAsync(browser.Tools, new Dictionary<string, string> { ["broken"] = broken });

        Assert.Contains(axe, v => v.StartsWith("image-alt", StringComparison.Ordinal));
        Assert.NotEmpty(nu);
    }
}
