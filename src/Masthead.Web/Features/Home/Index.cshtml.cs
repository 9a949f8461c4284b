using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Media;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Home;

public sealed class IndexModel(MastheadDbContext db, IMediaStorage media, SiteUrls urls, TimeProvider clock) : PageModel
{
    public const int PageSize = 13;

    public IReadOnlyList<ArticleCard> Cards { get; private set; } = [];
    public string CanonicalUrl { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The editors' pinned stories lead, in their order; the newest of the rest follow.
        var now = clock.GetUtcNow();
        var pinned = await db.Articles.Published(now).ForCards().Where(a => a.HomeSlot != null).Take(PageSize).ToListAsync(cancellationToken);
        var newest = await db.Articles.Published(now).ForCards().Where(a => a.HomeSlot == null).Take(PageSize - pinned.Count).ToListAsync(cancellationToken);
        var articles = pinned.OrderBy(a => a.HomeSlot).Concat(newest).ToList();
        Cards = articles.Select((a, i) => ArticleCard.From(a, media, i == 0 ? "(min-width: 60rem) 40rem, 100vw" : "(min-width: 60rem) 20rem, 100vw")).ToList();
        CanonicalUrl = urls.Absolute("/");
    }
}
