using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;
using Microsoft.Extensions.Caching.Memory;

namespace Masthead.Web.Features.Articles;

/// <summary>
/// Rendered bodies, cached per article version: rendering is shared by every reader, only the
/// paywall's cut is per request. A new version is a new key, so an edit never serves stale text;
/// a caption changed in the media library shows in a story from its next save.
/// </summary>
public sealed class ArticleBodyCache(IMemoryCache cache, ArticleBodyRenderer renderer, MastheadDbContext db, IMediaStorage storage)
{
    public async Task<IReadOnlyList<string>> BlocksAsync(Article article, CancellationToken cancellationToken)
    {
        var key = ("article-body", article.Id, article.Version);
        if (cache.TryGetValue(key, out IReadOnlyList<string>? blocks) && blocks is not null)
        {
            return blocks;
        }

        blocks = await RenderAsync(article.BodyMarkdown, cancellationToken);
        cache.Set(key, blocks, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(6), Size = article.BodyMarkdown.Length });
        return blocks;
    }

    /// <summary>Renders without caching, e.g. for the newsroom's live preview of unsaved text.</summary>
    public async Task<IReadOnlyList<string>> RenderAsync(string markdown, CancellationToken cancellationToken) =>
        renderer.RenderBlocks(markdown, await BodyMedia.LoadAsync(markdown, db, storage, cancellationToken));
}
