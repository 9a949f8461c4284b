using Masthead.Core.Paywall;
using Masthead.Core.Publishing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Features.Reading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Newsroom;

/// <summary>
/// A story as a kind of reader will get it, drafts included: the reading service with a stand-in
/// reader whose free articles are used up, so the paywall shows where they would meet it.
/// </summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class PreviewModel(MastheadDbContext db, ArticleReading reading, TimeProvider clock, IOptions<PaywallOptions> paywall) : PageModel
{
    public ArticleRead Read { get; private set; } = null!;

    public PreviewViewer As { get; private set; }

    public MeterPeriod MeterPeriod => paywall.Value.MeterPeriod;

    public async Task<IActionResult> OnGetAsync(int id, string? viewer, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PreviewViewer>(viewer, ignoreCase: true, out var who) || !Enum.IsDefined(who))
        {
            return NotFound();
        }

        var story = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.CreatedByUserId }).FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        if (!StoryPermissions.CanEdit(NewsroomRoles.Of(User), story.CreatedByUserId == ReaderResolver.UserId(User)))
        {
            return Forbid();
        }

        var now = clock.GetUtcNow();
        var rules = paywall.Value.ToRules();
        var standIn = new Viewer(StandIn(who, now), UserId: null, SpentMeter(now, rules), Metered: true);
        if (await reading.PreviewAsync(id, standIn, cancellationToken) is not { } read)
        {
            return NotFound();
        }

        (Read, As) = (read, who);
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }

    private static Reader StandIn(PreviewViewer viewer, DateTimeOffset now) => viewer switch
    {
        PreviewViewer.Anonymous => Reader.Anonymous,
        PreviewViewer.Registered => Reader.Registered(),
        PreviewViewer.Subscriber => Reader.Registered(new Subscription(SubscriptionStatus.Active, now.AddDays(30))),
        _ => throw new ArgumentOutOfRangeException(nameof(viewer), viewer, null),
    };

    private static MeterState SpentMeter(DateTimeOffset now, PaywallRules rules) =>
        new(MeterState.PeriodStartFor(now, rules.MeterPeriod), [.. Enumerable.Range(1, rules.MeterLimit).Select(i => -i)]);
}

/// <summary>Whom the newsroom can preview a story as.</summary>
public enum PreviewViewer
{
    Anonymous,
    Registered,
    Subscriber,
}
