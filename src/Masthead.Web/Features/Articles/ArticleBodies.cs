using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Media;

namespace Masthead.Web.Features.Articles;

/// <summary>
/// Renders a body with the media it names, as readers get it. Rendered articles are cached by the
/// reading service; this renders afresh (the newsroom's live preview of unsaved text uses it too).
/// </summary>
public sealed class ArticleBodies(ArticleBodyRenderer renderer, MastheadDbContext db, IMediaStorage storage)
{
    public async Task<IReadOnlyList<string>> RenderAsync(string markdown, CancellationToken cancellationToken) =>
        renderer.RenderBlocks(markdown, await BodyMedia.LoadAsync(markdown, db, storage, cancellationToken));
}
