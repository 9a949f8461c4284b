using Masthead.Core.Paywall;

namespace Masthead.Core.Subscriptions;

/// <summary>
/// What a reader's current subscription means, for every page that asks: the paywall, the account
/// page and its buttons, checkout, reminders. One answer each, table-tested.
/// </summary>
public static class SubscriptionFacts
{
    /// <summary>Where the holder of <paramref name="subscription"/> stands at <paramref name="now"/>.</summary>
    public static Standing StandingAt(this Subscription? subscription, DateTimeOffset now, PaywallRules rules)
    {
        if (subscription is null)
        {
            return Standing.None;
        }

        // The provider stamps period ends with its clock; allow for ours being a little ahead.
        var paidUntil = subscription.CurrentPeriodEnd + rules.ClockSkew;
        return subscription.Status switch
        {
            SubscriptionStatus.Active or SubscriptionStatus.Trialing when subscription.CancelAtPeriodEnd =>
                now < paidUntil ? Standing.Full : Standing.Former,
            SubscriptionStatus.Active or SubscriptionStatus.Trialing => Standing.Full,
            SubscriptionStatus.PastDue =>
                now < (subscription.PaymentFailedAt ?? subscription.CurrentPeriodEnd) + rules.GracePeriod
                    ? Standing.InGrace
                    : Standing.CardFailed,
            SubscriptionStatus.Unpaid => Standing.CardFailed,
            // Ended after failed charges: the period it ran into was never paid for.
            SubscriptionStatus.Canceled => subscription.PaymentFailedAt is null && now < paidUntil ? Standing.Full : Standing.Former,
            SubscriptionStatus.Incomplete => Standing.None,
            _ => throw new ArgumentOutOfRangeException(nameof(subscription), subscription.Status, null),
        };
    }

    /// <summary>
    /// A live subscription stands in the way of a second checkout, which would charge the reader
    /// twice; the reader manages it instead (resume it, or mend the card).
    /// </summary>
    public static bool BlocksNewCheckout(this Subscription? subscription) => subscription?.Status.IsLive() == true;

    /// <summary>"Cancel at the end of the period" is offered while the subscription would otherwise renew or retry.</summary>
    public static bool CanCancel(this Subscription? subscription) =>
        subscription is { CancelAtPeriodEnd: false } && subscription.Status.IsLive();

    /// <summary>"Resume" is offered for a cancelled subscription whose paid period has not ended.</summary>
    public static bool CanResume(this Subscription? subscription, DateTimeOffset now) =>
        subscription is { CancelAtPeriodEnd: true } && subscription.Status.IsLive() && now < subscription.CurrentPeriodEnd;

    /// <summary>A failed payment waits on a new card (within grace or after it).</summary>
    public static bool NeedsCardUpdate(this Subscription? subscription, DateTimeOffset now, PaywallRules rules) =>
        subscription.StandingAt(now, rules) is Standing.InGrace or Standing.CardFailed;

    /// <summary>The subscription will charge the card again, so an expiring card is worth a reminder.</summary>
    public static bool Renews(this Subscription? subscription) => subscription.CanCancel();

    /// <summary>Nothing is (or ever was) paid for any more: the reader is offered to subscribe again.</summary>
    public static bool IsOver(this Subscription? subscription, DateTimeOffset now) =>
        subscription is { Status: SubscriptionStatus.Canceled or SubscriptionStatus.Incomplete }
        || (subscription is { CancelAtPeriodEnd: true } && now >= subscription.CurrentPeriodEnd);
}
