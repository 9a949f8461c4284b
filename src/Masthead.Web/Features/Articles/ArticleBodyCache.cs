using Masthead.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace Masthead.Web.Features.Articles;

/// <summary>
/// Rendered bodies, cached per article version: rendering is shared by every reader, only the
/// paywall's cut is per request. A new version is a new key, so an edit never serves stale text.
/// </summary>
public sealed class ArticleBodyCache(IMemoryCache cache, ArticleBodyRenderer renderer)
{
    public IReadOnlyList<string> Blocks(Article article) =>
        cache.GetOrCreate(("article-body", article.Id, article.Version), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            entry.Size = article.BodyMarkdown.Length;
            return renderer.RenderBlocks(article.BodyMarkdown);
        })!;
}
