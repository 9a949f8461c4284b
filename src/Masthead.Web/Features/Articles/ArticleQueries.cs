using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Articles;

/// <summary>What readers may see exists: published articles whose time has come.</summary>
public static class ArticleQueries
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now);

    public static IQueryable<Article> ForCards(this IQueryable<Article> articles) =>
        articles.AsNoTracking()
            .Include(a => a.Section)
            .Include(a => a.LeadImage)
            .Include(a => a.Authors)
            .OrderByDescending(a => a.PublishedAt)
            .ThenByDescending(a => a.Id);
}
