using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Caching;
using Masthead.Web.Infrastructure.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Reading;

/// <summary>
/// Where article views come from: published ones from the content cache (a database round trip only
/// after a change), any story by id from the database (the newsroom's previews of unsaved work).
/// </summary>
public sealed class ArticleViews(
    ContentCache cache, IServiceScopeFactory scopes, IMediaStorage media, SiteUrls urls, TimeProvider clock, IOptions<PublicationOptions> publication)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The published article at <paramref name="slug"/>, or null. Unknown slugs are never cached, so a story published a moment later is found.</summary>
    public Task<ArticleView?> PublishedAsync(string slug, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(
            "article:" + slug,
            [ContentTags.Slug(slug), ContentTags.Articles],
            Lifetime,
            ct => LoadAsync(articles => articles.Published(clock.GetUtcNow()).Where(a => a.Slug == slug), ct),
            cancellationToken);

    /// <summary>Any story, whatever its status, as it would read once published; straight from the database.</summary>
    public Task<ArticleView?> StoryAsync(int id, CancellationToken cancellationToken) =>
        LoadAsync(articles => articles.Where(a => a.Id == id), cancellationToken);

    private async Task<ArticleView?> LoadAsync(Func<IQueryable<Article>, IQueryable<Article>> which, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var article = await which(db.Articles.AsNoTracking()
                .Include(a => a.Section)
                .Include(a => a.LeadImage)
                .Include(a => a.Authors)
                .Include(a => a.Tags)
                .Include(a => a.Corrections)
                .AsSplitQuery())
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        article.PublishedAt ??= article.ScheduledFor ?? clock.GetUtcNow();
        var blocks = await scope.ServiceProvider.GetRequiredService<ArticleBodies>().RenderAsync(article.BodyMarkdown, cancellationToken);
        return View(article, blocks);
    }

    private ArticleView View(Article article, IReadOnlyList<string> blocks)
    {
        var canonical = urls.Absolute(SiteUrls.Article(article.Slug));
        LeadPictureView? lead = null;
        string? imageUrl = null;
        if (article.LeadImage is { } image)
        {
            var picture = Picture.For(image, media, "(min-width: 60rem) 46rem, 100vw");
            lead = new LeadPictureView(picture, image.Caption, image.Credit);
            imageUrl = urls.Absolute(picture.LargestSrc);
        }

        return new ArticleView(
            article.Id,
            article.Slug,
            article.Version,
            article.Status,
            article.Headline,
            article.Standfirst,
            article.Dateline,
            article.Section.Slug,
            article.Section.Name,
            [.. article.Authors.Select(a => a.Name)],
            [.. article.Tags.Select(t => t.Name)],
            [.. article.Corrections.OrderBy(c => c.PublishedAt).Select(c => new CorrectionView(c.PublishedAt, c.Text))],
            article.PublishedAt!.Value,
            article.AccessFor(blocks.Count),
            lead,
            canonical,
            imageUrl,
            NewsArticleJsonLd.For(article, canonical, imageUrl, publication.Value.Name, urls.Absolute("/")),
            blocks);
    }
}
