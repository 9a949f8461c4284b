using Masthead.Core.Paywall;
using Masthead.Core.Publishing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Newsroom;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure;
using Masthead.Web.Infrastructure.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Articles;

/// <summary>
/// The article page. The newsroom's preview (/newsroom/stories/{id}/preview/{viewer}) is this same
/// page with a stand-in reader, so a preview is exactly what that reader will be sent.
/// </summary>
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
    public const string PreviewRoute = "/newsroom/stories/{id:int}/preview/{viewer}";

    public Article Article { get; private set; } = null!;
    public AccessDecision Decision { get; private set; } = null!;
    public GatedBody Body { get; private set; } = null!;
    public Picture? LeadPicture { get; private set; }
    public string CanonicalUrl { get; private set; } = "";
    public string? ImageUrl { get; private set; }
    public string JsonLd { get; private set; } = "";
    public MeterPeriod MeterPeriod => paywall.Value.MeterPeriod;

    /// <summary>Who the newsroom is previewing the story as; null on the reader site.</summary>
    public PreviewViewer? PreviewingAs { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, int? id, string? viewer, CancellationToken cancellationToken)
    {
        if (id is { } storyId)
        {
            return await PreviewAsync(storyId, viewer, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var article = await db.Articles.Published(now).ForCards()
            .Include(a => a.Tags)
            .Include(a => a.Corrections)
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var reader = await readers.ResolveAsync(User, cancellationToken);
        var userId = ReaderResolver.UserId(User);
        var rules = paywall.Value.ToRules();
        Decision = reader.IsStaff
            ? AccessPolicy.Decide(reader, article.Access, null, now, rules)
            : await meters.DecideAsync(HttpContext, userId, meter => AccessPolicy.Decide(reader, article.Access, meter, now, rules), cancellationToken);

        await ShowAsync(article, cancellationToken);
        Response.Headers.CacheControl = "private, no-cache";
        return Page();
    }

    private async Task<IActionResult> PreviewAsync(int id, string? viewer, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!Enum.TryParse<PreviewViewer>(viewer, ignoreCase: true, out var previewViewer) || !Enum.IsDefined(previewViewer))
        {
            return NotFound();
        }

        var article = await db.Articles.ForCards().Include(a => a.Tags).Include(a => a.Corrections)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!StoryPermissions.CanEdit(NewsroomRoles.Of(User), article.CreatedByUserId == ReaderResolver.UserId(User)))
        {
            return Forbid();
        }

        var now = clock.GetUtcNow();
        article.PublishedAt ??= article.ScheduledFor ?? now;
        var rules = paywall.Value.ToRules();
        Decision = AccessPolicy.Decide(StandIn(previewViewer, now), article.Access, SpentMeter(now, rules), now, rules);
        PreviewingAs = previewViewer;
        await ShowAsync(article, cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }

    /// <summary>The reader a preview stands in for; previews show the paywall, so the meter is spent.</summary>
    private static Reader StandIn(PreviewViewer viewer, DateTimeOffset now) => viewer switch
    {
        PreviewViewer.Anonymous => Reader.Anonymous,
        PreviewViewer.Registered => Reader.Registered(),
        PreviewViewer.Subscriber => Reader.Registered(new Subscription(SubscriptionStatus.Active, now.AddDays(30))),
        _ => throw new ArgumentOutOfRangeException(nameof(viewer), viewer, null),
    };

    private static MeterState SpentMeter(DateTimeOffset now, PaywallRules rules) =>
        new(MeterState.PeriodStartFor(now, rules.MeterPeriod), Enumerable.Range(1, rules.MeterLimit).Select(i => -i).ToList());

    private async Task ShowAsync(Article article, CancellationToken cancellationToken)
    {
        Article = article;
        Body = ArticleGate.Apply(Decision, article.Access, await bodies.BlocksAsync(article, cancellationToken));
        CanonicalUrl = urls.Absolute(SiteUrls.Article(article.Slug));
        if (article.LeadImage is { } image)
        {
            LeadPicture = Picture.For(image, media, "(min-width: 60rem) 46rem, 100vw");
            ImageUrl = urls.Absolute(LeadPicture.LargestSrc);
        }

        JsonLd = NewsArticleJsonLd.For(article, CanonicalUrl, ImageUrl, publication.Value.Name, urls.Absolute("/"));
    }
}

/// <summary>Whom the newsroom can preview a story as.</summary>
public enum PreviewViewer
{
    Anonymous,
    Registered,
    Subscriber,
}
