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
        var standing = Standing(reader, now, rules);
        if (standing is Entitlement.Full)
        {
            return AccessDecision.Full();
        }

        if (standing is Entitlement.InGrace)
        {
            return AccessDecision.Full(Prompt.PaymentFailed);
        }

        var lapsedPrompt = standing is Entitlement.CardFailed ? Prompt.PaymentFailed : Prompt.None;
        return article.Level switch
        {
            AccessLevel.Free => AccessDecision.Full(lapsedPrompt),
            AccessLevel.Registered when reader.SignedIn => AccessDecision.Full(lapsedPrompt),
            AccessLevel.Registered => AccessDecision.Preview(Prompt.CreateAccount, article.PreviewParagraphs),
            AccessLevel.Subscribers => SubscribersOnly(reader, standing, article, meter, now, rules),
            _ => throw new ArgumentOutOfRangeException(nameof(article), article.Level, null),
        };
    }

    private static AccessDecision SubscribersOnly(
        Reader reader, Entitlement standing, ArticleAccess article, MeterState? meter, DateTimeOffset now, PaywallRules rules)
    {
        var stopPrompt = standing switch
        {
            Entitlement.CardFailed => Prompt.UpdateCard,
            Entitlement.Former => Prompt.Resubscribe,
            Entitlement.None when reader.SignedIn => Prompt.Subscribe,
            Entitlement.None => Prompt.SubscribeOrLogIn,
            Entitlement.Full or Entitlement.InGrace => throw new InvalidOperationException("Entitled readers are decided earlier."),
            _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, null),
        };

        // The meter is an invitation to readers who have never subscribed; a subscriber with a
        // failed card or a lapsed one is asked to mend that instead.
        if (!article.Metered || meter is null || standing is not Entitlement.None)
        {
            return AccessDecision.Preview(stopPrompt, article.PreviewParagraphs);
        }

        var current = meter.ForPeriodAt(now, rules.MeterPeriod);
        var periodChanged = current != meter;
        if (current.Contains(article.ArticleId))
        {
            return new AccessDecision(true, Prompt.FreeArticlesLeft, 0, Left(current, rules), current, periodChanged);
        }

        if (current.Count < rules.MeterLimit)
        {
            var counted = current.With(article.ArticleId);
            return new AccessDecision(true, Prompt.FreeArticlesLeft, 0, Left(counted, rules), counted, MeterChanged: true);
        }

        return new AccessDecision(false, stopPrompt, article.PreviewParagraphs, 0, current, periodChanged);
    }

    private static int Left(MeterState meter, PaywallRules rules) => Math.Max(0, rules.MeterLimit - meter.Count);

    private enum Entitlement
    {
        /// <summary>Never subscribed, or checkout never completed.</summary>
        None,
        Full,
        /// <summary>Payment failed; full access while grace runs.</summary>
        InGrace,
        /// <summary>Payment failed and grace is over.</summary>
        CardFailed,
        /// <summary>Subscribed once; the paid period is over.</summary>
        Former,
    }

    private static Entitlement Standing(Reader reader, DateTimeOffset now, PaywallRules rules)
    {
        if (reader.IsStaff || reader.ComplimentaryUntil > now)
        {
            return Entitlement.Full;
        }

        if (reader.Subscription is not { } subscription)
        {
            return Entitlement.None;
        }

        // The provider stamps period ends with its clock; allow for ours being a little ahead.
        var paidUntil = subscription.CurrentPeriodEnd + rules.ClockSkew;
        return subscription.Status switch
        {
            SubscriptionStatus.Active or SubscriptionStatus.Trialing when subscription.CancelAtPeriodEnd =>
                now < paidUntil ? Entitlement.Full : Entitlement.Former,
            SubscriptionStatus.Active or SubscriptionStatus.Trialing => Entitlement.Full,
            SubscriptionStatus.PastDue =>
                now < (subscription.PaymentFailedAt ?? subscription.CurrentPeriodEnd) + rules.GracePeriod
                    ? Entitlement.InGrace
                    : Entitlement.CardFailed,
            SubscriptionStatus.Unpaid => Entitlement.CardFailed,
            // Ended after failed charges: the period it ran into was never paid for.
            SubscriptionStatus.Canceled => subscription.PaymentFailedAt is null && now < paidUntil ? Entitlement.Full : Entitlement.Former,
            SubscriptionStatus.Incomplete => Entitlement.None,
            _ => throw new ArgumentOutOfRangeException(nameof(reader), subscription.Status, null),
        };
    }
}
