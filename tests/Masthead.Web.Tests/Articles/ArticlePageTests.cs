using System.Net;
using System.Text.Json;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Articles;

public abstract class ArticlePageTests(MastheadApp app) : AppTests(app)
{
    private const string FreeArticle = "/articles/teverin-delta-storm-surge-dyke-breaches";
    private const string PaidArticle = "/articles/serrow-strait-data-cable-investigation";

    [Fact]
    public async Task The_home_page_lists_the_latest_stories_newest_first()
    {
        // Other tests publish stories into this shared app, pushing demo stories off the page: one
        // published now is the latest of all, whatever ran before.
        var latest = await PublishNowAsync();
        using var reader = App.NewReader();
        var page = await reader.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var headlines = page.Document.QuerySelectorAll(".card-headline a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(headlines.Count >= 12, $"expected at least 12 stories, got {headlines.Count}");
        var times = page.Document.QuerySelectorAll(".card-meta time").Select(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, null)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.Equal($"/articles/{latest}", headlines[0]);
    }

    /// <summary>A free story published at this moment on the site's clock; returns its slug.</summary>
    private Task<string> PublishNowAsync() => App.WithDbAsync(async db =>
    {
        var slug = $"latest-{Guid.NewGuid():N}";
        db.Articles.Add(new Masthead.Web.Data.Article
        {
            Slug = slug,
            Headline = "The latest story",
            Standfirst = "Published a moment ago.",
            Dateline = "TESTVILLE",
            BodyMarkdown = "A paragraph.",
            SectionId = await db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            Status = Masthead.Web.Data.ArticleStatus.Published,
            PublishedAt = App.Service<TimeProvider>().GetUtcNow(),
            UpdatedAt = App.Service<TimeProvider>().GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return slug;
    });

    [Fact]
    public async Task A_section_front_lists_only_its_own_stories()
    {
        using var reader = App.NewReader();
        var page = await reader.GetAsync("/sections/culture");

        Assert.Equal("Culture", page.Document.QuerySelector("h1")!.TextContent);
        var links = page.Document.QuerySelectorAll(".card-headline a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/articles/sevanne-lantern-festival-returns", links);
        Assert.DoesNotContain("/articles/saltmere-port-strike-container-backlog", links);
    }

    [Fact]
    public async Task The_article_page_is_built_from_landmarks_with_the_skip_link_first()
    {
        using var reader = App.NewReader();
        var doc = (await reader.GetAsync(FreeArticle)).Document;

        var firstFocusable = doc.QuerySelector("a[href], button, input, select, textarea")!;
        Assert.Equal("Skip to main content", firstFocusable.TextContent.Trim());
        Assert.Equal("#main", firstFocusable.GetAttribute("href"));
        Assert.NotNull(doc.QuerySelector("main#main"));
        foreach (var landmark in new[] { "header", "nav", "main article", "footer" })
        {
            Assert.NotNull(doc.QuerySelector(landmark));
        }

        var login = doc.QuerySelector(".site-header .account-actions a.button")!;
        Assert.Equal("Log in", login.TextContent.Trim());
        Assert.StartsWith("/account/login?returnUrl=", login.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_article_shows_headline_standfirst_byline_dateline_time_and_a_responsive_lead_photo()
    {
        using var reader = App.NewReader();
        var doc = (await reader.GetAsync(FreeArticle)).Document;

        Assert.Contains("river barrier", doc.QuerySelector("article h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector(".standfirst")?.TextContent));
        Assert.StartsWith("By ", doc.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector(".dateline-place")?.TextContent));
        Assert.True(DateTimeOffset.TryParse(doc.QuerySelector(".dateline time")!.GetAttribute("datetime"), out _));

        var img = doc.QuerySelector("figure.lead-figure img")!;
        Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
        Assert.True(int.Parse(img.GetAttribute("width")!) > 0);
        Assert.True(int.Parse(img.GetAttribute("height")!) > 0);
        Assert.Contains(" 480w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains(".webp 1600w", doc.QuerySelector("figure.lead-figure source")!.GetAttribute("srcset"), StringComparison.Ordinal);
        var caption = doc.QuerySelector("figure.lead-figure figcaption")!;
        Assert.Contains("Meridian Wire", caption.QuerySelector(".credit")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_variants_are_served()
    {
        using var reader = App.NewReader();
        var doc = (await reader.GetAsync(FreeArticle)).Document;
        var src = doc.QuerySelector("figure.lead-figure img")!.GetAttribute("src")!;

        var image = await reader.GetAsync(src);

        Assert.Equal(HttpStatusCode.OK, image.Status);
    }

    [Fact]
    public async Task The_footer_offers_the_newsletter_and_links_to_the_sitemap()
    {
        using var reader = App.NewReader();
        var doc = (await reader.GetAsync("/")).Document;

        var footer = doc.QuerySelector("footer.site-footer")!;
        Assert.Contains("Keep up to date with our latest news and videos", footer.TextContent, StringComparison.Ordinal);
        Assert.NotNull(footer.QuerySelector("form[action='/newsletter'] input[type=email]"));
        Assert.NotNull(footer.QuerySelector("a[href='/sitemap.xml']"));
    }

    [Fact]
    public async Task A_free_article_says_so_in_its_json_ld()
    {
        using var reader = App.NewReader();
        var doc = (await reader.GetAsync(FreeArticle)).Document;

        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.True(root.GetProperty("isAccessibleForFree").GetBoolean());
        Assert.False(root.TryGetProperty("hasPart", out _));
        Assert.Equal("World", root.GetProperty("articleSection").GetString());
        Assert.True(root.GetProperty("author").GetArrayLength() >= 1);
        Assert.StartsWith("http://masthead.test/media/", root.GetProperty("image")[0].GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("datePublished").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("dateModified").GetString(), out _));
        Assert.Equal("NewsMediaOrganization", root.GetProperty("publisher").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task A_subscriber_gets_the_gated_part_wrapped_in_the_element_the_json_ld_names()
    {
        using var reader = await SignedInAsync("subscriber");
        var doc = (await reader.GetAsync(PaidArticle)).Document;

        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(json.RootElement.GetProperty("isAccessibleForFree").GetBoolean());
        var part = json.RootElement.GetProperty("hasPart");
        Assert.Equal("WebPageElement", part.GetProperty("@type").GetString());
        Assert.False(part.GetProperty("isAccessibleForFree").GetBoolean());
        var gated = doc.QuerySelector(part.GetProperty("cssSelector").GetString()!);
        Assert.NotNull(gated);
        Assert.True(gated.QuerySelectorAll("p").Length >= 3);
        Assert.Null(doc.QuerySelector(".paywall-prompt"));
    }

    [Fact]
    public async Task An_unknown_article_is_a_real_404_page()
    {
        using var reader = App.NewReader();
        var page = await reader.GetAsync("/articles/no-such-story-anywhere");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Document.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector(".site-header"));
    }

    [Fact]
    public async Task An_unknown_section_is_a_404()
    {
        using var reader = App.NewReader();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/sections/astrology")).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ArticlePageOnSqlite(SqliteApp app) : ArticlePageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ArticlePageOnPostgres(PostgresApp app) : ArticlePageTests(app);
