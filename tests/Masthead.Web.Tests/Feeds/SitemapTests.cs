using System.Xml.Linq;
using Masthead.Web.Data;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Feeds;

public abstract class SitemapTests(MastheadApp app) : AppTests(app)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_every_published_article_by_its_canonical_url_and_nothing_unpublished()
    {
        var slug = $"draft-{Guid.NewGuid():N}"[..30];
        await App.WithDbAsync(async db =>
        {
            var section = await db.Sections.FirstAsync();
            db.Articles.Add(new Article
            {
                Slug = slug,
                Headline = "A draft nobody may see",
                Standfirst = "Not yet.",
                Dateline = "NOWHERE",
                BodyMarkdown = "Draft text.",
                SectionId = section.Id,
                Status = ArticleStatus.Draft,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        var published = await App.WithDbAsync(db => db.Articles.Where(a => a.Status == ArticleStatus.Published).Select(a => a.Slug).ToListAsync());
        using var reader = App.NewReader();

        var page = await reader.GetAsync("/sitemap.xml");

        var locations = XDocument.Parse(page.Html).Descendants(Ns + "loc").Select(l => l.Value).ToHashSet();
        Assert.All(published, s => Assert.Contains($"http://masthead.test/articles/{s}", locations));
        Assert.DoesNotContain($"http://masthead.test/articles/{slug}", locations);
        Assert.Equal(404, (int)(await reader.GetAsync($"/articles/{slug}")).Status);

        var canonical = (await reader.GetAsync($"/articles/{published[0]}")).Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Contains(canonical, locations);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SitemapOnSqlite(SqliteApp app) : SitemapTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SitemapOnPostgres(PostgresApp app) : SitemapTests(app);
