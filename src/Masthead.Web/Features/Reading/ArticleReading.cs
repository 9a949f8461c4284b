using Masthead.Core.Paywall;
using Masthead.Web.Features.Paywall;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Reading;

/// <summary>
/// The one way article text reaches anyone: find the article, decide for the reader, keep the meter,
/// cut the body. The article page, the newsroom's previews and every later channel (feeds, the API,
/// newsletters, search) read through here, so none of them decides or cuts on its own.
/// </summary>
public sealed class ArticleReading(ArticleViews views, MeterStore meters, TimeProvider clock, IOptions<PaywallOptions> paywall)
{
    /// <summary>A published article by its address, or null when there is none.</summary>
    public async Task<ArticleRead?> ReadAsync(string slug, Viewer viewer, CancellationToken cancellationToken) =>
        await views.PublishedAsync(slug, cancellationToken) is { } view
            ? await ReadAsync(view, viewer, cancellationToken)
            : null;

    /// <summary>Any story by id, as <paramref name="viewer"/> would get it once published: the newsroom's preview.</summary>
    public async Task<ArticleRead?> PreviewAsync(int id, Viewer viewer, CancellationToken cancellationToken) =>
        await views.StoryAsync(id, cancellationToken) is { } view
            ? await ReadAsync(view, viewer with { UserId = null }, cancellationToken)
            : null;

    private async Task<ArticleRead> ReadAsync(ArticleView view, Viewer viewer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rules = paywall.Value.ToRules();
        var reader = viewer.Reader;
        AccessDecision decision;
        MeterState? carry = null;
        if (!viewer.Metered || !AccessPolicy.NeedsMeter(reader, view.Access, now, rules))
        {
            decision = AccessPolicy.Decide(reader, view.Access, null, now, rules);
        }
        else if (viewer.UserId is { } userId)
        {
            decision = await meters.DecideAsync(userId, meter => AccessPolicy.Decide(reader, view.Access, meter, now, rules), cancellationToken);
        }
        else
        {
            decision = AccessPolicy.Decide(reader, view.Access, viewer.CarriedMeter ?? meters.EmptyMeter(), now, rules);
            carry = decision.MeterChanged ? decision.Meter : null;
        }

        return new ArticleRead(view, decision, ArticleGate.Apply(decision, view.Blocks), carry);
    }
}
