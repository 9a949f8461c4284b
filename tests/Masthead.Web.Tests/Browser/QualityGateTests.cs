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

    [Fact]
    public async Task Every_page_type_has_no_accessibility_violations()
    {
        var visits = await browser.PageVisitsAsync();

        Assert.True(visits.Count >= 40, $"visited {visits.Count} page types");
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
