using System.Xml.Linq;
using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Masthead.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Feeds;

/// <summary>/sitemap.xml: every published article's canonical URL, plus the fronts.</summary>
public static class SitemapEndpoint
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (MastheadDbContext db, SiteUrls urls, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var articles = await db.Articles.AsNoTracking().Published(clock.GetUtcNow())
                .OrderByDescending(a => a.PublishedAt)
                .Select(a => new { a.Slug, a.UpdatedAt })
                .ToListAsync(cancellationToken);
            var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position).Select(s => s.Slug).ToListAsync(cancellationToken);

            var urlset = new XElement(Ns + "urlset",
                Url(urls.Absolute("/"), null),
                sections.Select(s => Url(urls.Absolute(SiteUrls.Section(s)), null)),
                articles.Select(a => Url(urls.Absolute(SiteUrls.Article(a.Slug)), a.UpdatedAt)));
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
            return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
        });
        return endpoints;
    }

    private static XElement Url(string location, DateTimeOffset? modified) =>
        new(Ns + "url",
            new XElement(Ns + "loc", location),
            modified is null ? null : new XElement(Ns + "lastmod", modified.Value.ToString("yyyy-MM-ddTHH:mm:sszzz")));
}
