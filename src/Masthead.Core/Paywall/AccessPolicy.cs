using Masthead.Core.Subscriptions;

namespace Masthead.Core.Paywall;

/// <summary>
/// The paywall: decides, for one reader and one article at one instant, what may be sent.
/// Every place that shows article text asks this and nothing else.
/// </summary>
public static class AccessPolicy
{
    /// <param name="reader">Who is asking.</param>
    /// <param name="article">What they ask for.</param>
    /// <param name="meter">The reader's meter, or null where no meter applies (feeds, the API, staff previews).</param>
    /// <param name="now">The instant of the request.</param>
    /// <param name="rules">The publication's paywall settings.</param>
    public static AccessDecision Decide(Reader reader, ArticleAccess article, MeterState? meter, DateTimeOffset now, PaywallRules rules)
    {
        var standing = StandingOf(reader, now, rules);
        if (standing is Standing.Full)
        {
            return AccessDecision.Full(article);
        }

        if (standing is Standing.InGrace)
        {
            return AccessDecision.Full(article, Prompt.PaymentFailed);
        }

        var lapsedPrompt = standing is Standing.CardFailed ? Prompt.PaymentFailed : Prompt.None;
        return article.Level switch
        {
            AccessLevel.Free => AccessDecision.Full(article, lapsedPrompt),
            AccessLevel.Registered when reader.SignedIn => AccessDecision.Full(article, lapsedPrompt),
            AccessLevel.Registered => AccessDecision.Preview(article, Prompt.CreateAccount),
            AccessLevel.Subscribers => SubscribersOnly(reader, standing, article, meter, now, rules),
            _ => throw new ArgumentOutOfRangeException(nameof(article), article.Level, null),
        };
    }

    /// <summary>
    /// Whether <see cref="Decide"/> would read the reader's meter for this article: only readers who
    /// never subscribed, on metered subscribers-only articles. Everyone else is decided without one,
    /// so nobody else pays for looking it up.
    /// </summary>
    public static bool NeedsMeter(Reader reader, ArticleAccess article, DateTimeOffset now, PaywallRules rules) =>
        article is { Level: AccessLevel.Subscribers, Metered: true } && StandingOf(reader, now, rules) is Standing.None;

    /// <summary>Where the reader stands: staff and complimentary readers are paid up; everyone else as their subscription says.</summary>
    public static Standing StandingOf(Reader reader, DateTimeOffset now, PaywallRules rules) =>
        reader.IsStaff || reader.ComplimentaryUntil > now ? Standing.Full : reader.Subscription.StandingAt(now, rules);

    /// <summary>Whether the reader reads every article whole (perhaps with a banner), as a paid-up subscriber does.</summary>
    public static bool ReadsEverything(Reader reader, DateTimeOffset now, PaywallRules rules) =>
        StandingOf(reader, now, rules) is Standing.Full or Standing.InGrace;

    private static AccessDecision SubscribersOnly(
        Reader reader, Standing standing, ArticleAccess article, MeterState? meter, DateTimeOffset now, PaywallRules rules)
    {
        var stopPrompt = standing switch
        {
            Standing.CardFailed => Prompt.UpdateCard,
            Standing.Former => Prompt.Resubscribe,
            Standing.None when reader.SignedIn => Prompt.Subscribe,
            Standing.None => Prompt.SubscribeOrLogIn,
            Standing.Full or Standing.InGrace => throw new InvalidOperationException("Entitled readers are decided earlier."),
            _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, null),
        };

        // The meter is an invitation to readers who have never subscribed; a subscriber with a
        // failed card or a lapsed one is asked to mend that instead.
        if (!article.Metered || meter is null || standing is not Standing.None)
        {
            return AccessDecision.Preview(article, stopPrompt);
        }

        var current = meter.ForPeriodAt(now, rules.MeterPeriod);
        var periodChanged = current != meter;
        if (current.Contains(article.ArticleId))
        {
            return AccessDecision.Full(article, Prompt.FreeArticlesLeft) with { FreeArticlesLeft = Left(current, rules), Meter = current, MeterChanged = periodChanged };
        }

        if (current.Count < rules.MeterLimit)
        {
            var counted = current.With(article.ArticleId);
            return AccessDecision.Full(article, Prompt.FreeArticlesLeft) with { FreeArticlesLeft = Left(counted, rules), Meter = counted, MeterChanged = true };
        }

        return AccessDecision.Preview(article, stopPrompt) with { FreeArticlesLeft = 0, Meter = current, MeterChanged = periodChanged };
    }

    private static int Left(MeterState meter, PaywallRules rules) => Math.Max(0, rules.MeterLimit - meter.Count);
}
