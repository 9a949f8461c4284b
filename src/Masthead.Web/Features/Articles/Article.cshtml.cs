using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Articles;

public sealed class ArticleModel(
    MastheadDbContext db,
    ReaderResolver readers,
    MeterStore meters,
    ArticleBodyCache bodies,
    IMediaStorage media,
    SiteUrls urls,
    TimeProvider clock,
    IOptions<PaywallOptions> paywall,
    IOptions<PublicationOptions> publication) : PageModel
{
    public Article Article { get; private set; } = null!;
    public AccessDecision Decision { get; private set; } = null!;
    public GatedBody Body { get; private set; } = null!;
    public Picture? LeadPicture { get; private set; }
    public string CanonicalUrl { get; private set; } = "";
    public string? ImageUrl { get; private set; }
    public string JsonLd { get; private set; } = "";
    public MeterPeriod MeterPeriod => paywall.Value.MeterPeriod;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var article = await db.Articles.Published(now).ForCards()
            .Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        var reader = await readers.ResolveAsync(User, cancellationToken);
        var userId = ReaderResolver.UserId(User);
        var meter = reader.IsStaff ? null : await meters.LoadAsync(HttpContext, userId, cancellationToken);
        Decision = AccessPolicy.Decide(reader, article.Access, meter, now, paywall.Value.ToRules());
        if (Decision is { MeterChanged: true, Meter: { } next })
        {
            await meters.SaveAsync(HttpContext, userId, next, cancellationToken);
        }

        Body = ArticleGate.Apply(Decision, article.Access, bodies.Blocks(article));
        CanonicalUrl = urls.Absolute(SiteUrls.Article(article.Slug));
        if (article.LeadImage is { } image)
        {
            LeadPicture = Picture.For(image, media, "(min-width: 60rem) 46rem, 100vw");
            ImageUrl = urls.Absolute(LeadPicture.LargestSrc);
        }

        JsonLd = NewsArticleJsonLd.For(article, CanonicalUrl, ImageUrl, publication.Value.Name, urls.Absolute("/"));
        Response.Headers.CacheControl = "private, no-cache";
        return Page();
    }
}
