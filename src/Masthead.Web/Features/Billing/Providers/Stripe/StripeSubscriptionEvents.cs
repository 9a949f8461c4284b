using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Stripe;
using StripeSubscription = Stripe.Subscription;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

/// <summary>customer.subscription.created, .updated and .deleted → <see cref="SubscriptionChanged"/>.</summary>
internal static class StripeSubscriptionEvents
{
    public static WebhookParse Changed(Event stripeEvent) => Read(stripeEvent, deleted: false);

    public static WebhookParse Deleted(Event stripeEvent) => Read(stripeEvent, deleted: true);

    /// <summary>Stripe's subscription statuses in ours; null for one we do not know.</summary>
    public static SubscriptionStatus? StatusOf(string? status) => status switch
    {
        "incomplete" => SubscriptionStatus.Incomplete,
        "trialing" => SubscriptionStatus.Trialing,
        "active" => SubscriptionStatus.Active,
        "past_due" => SubscriptionStatus.PastDue,
        "unpaid" => SubscriptionStatus.Unpaid,
        "canceled" or "incomplete_expired" => SubscriptionStatus.Canceled,
        // A trial that ended without a card: nothing more is paid for. Canceled gives access to the
        // end of the (trial) period and no further; resuming arrives as a later "active" update.
        "paused" => SubscriptionStatus.Canceled,
        _ => null,
    };

    private static WebhookParse Read(Event stripeEvent, bool deleted)
    {
        if (stripeEvent.Data?.Object is not StripeSubscription subscription)
        {
            return StripeEventValues.NotA(stripeEvent, "subscription");
        }

        if (string.IsNullOrEmpty(subscription.CustomerId))
        {
            return StripeEventValues.NoCustomer(stripeEvent);
        }

        // Deleted means ended, whatever status the last snapshot still shows.
        var status = deleted ? SubscriptionStatus.Canceled : StatusOf(subscription.Status);
        if (status is null)
        {
            return WebhookParse.Rejected($"Stripe event {stripeEvent.Id}: unknown subscription status '{subscription.Status}'.");
        }

        // A plan is one price, so a subscription of ours has exactly one item.
        var item = subscription.Items?.Data?.FirstOrDefault();
        if (item is null)
        {
            return WebhookParse.Rejected($"Stripe event {stripeEvent.Id}: subscription {subscription.Id} has no items.");
        }

        // Recent API versions keep the period on each item; older ones on the subscription.
        var periodEnd = StripeEventValues.UnixTime(item, "current_period_end")
            ?? StripeEventValues.UnixTime(subscription, "current_period_end");
        if (periodEnd is null)
        {
            return WebhookParse.Rejected($"Stripe event {stripeEvent.Id}: subscription {subscription.Id} has no current period end.");
        }

        // A cancellation scheduled with cancel_at (as newer portals do) at or before the period end
        // is, for the reader, the same promise: access runs to the end and nothing renews.
        var cancelAtPeriodEnd = subscription.CancelAtPeriodEnd
            || (subscription.CancelAt is { } cancelAt && StripeEventValues.Utc(cancelAt) <= periodEnd);

        return WebhookParse.Accepted(new SubscriptionChanged(
            stripeEvent.Id,
            StripeEventValues.Created(stripeEvent),
            subscription.CustomerId,
            subscription.Id,
            item.Price?.Id ?? item.Plan?.Id ?? "",
            status.Value,
            periodEnd.Value,
            cancelAtPeriodEnd));
    }
}
