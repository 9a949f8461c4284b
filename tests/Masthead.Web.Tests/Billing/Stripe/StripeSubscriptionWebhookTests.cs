using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using static Masthead.Web.Tests.Billing.Stripe.StripeFixtures;

namespace Masthead.Web.Tests.Billing.Stripe;

public sealed class StripeSubscriptionWebhookTests
{
    private static readonly DateTimeOffset PeriodEnd = new(2031, 4, 14, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_created_subscription_becomes_SubscriptionChanged_with_the_item_period_end_and_price()
    {
        var e = ParseAccepted<SubscriptionChanged>("customer.subscription.created", Subscription("trialing", periodEnd: PeriodEnd));

        Assert.Equal(
            new SubscriptionChanged(EventId, EventCreated, "cus_masthead_1", "sub_masthead_1", "price_monthly", SubscriptionStatus.Trialing, PeriodEnd, false),
            e);
    }

    [Fact]
    public void An_updated_subscription_carries_cancel_at_period_end()
    {
        var e = ParseAccepted<SubscriptionChanged>("customer.subscription.updated", Subscription(cancelAtPeriodEnd: true));

        Assert.True(e.CancelAtPeriodEnd);
        Assert.Equal(SubscriptionStatus.Active, e.Status);
    }

    [Fact]
    public void A_cancellation_scheduled_with_cancel_at_by_the_period_end_counts_as_cancel_at_period_end()
    {
        var subscription = Subscription(periodEnd: PeriodEnd);
        subscription["cancel_at"] = PeriodEnd.ToUnixTimeSeconds();

        Assert.True(ParseAccepted<SubscriptionChanged>("customer.subscription.updated", subscription).CancelAtPeriodEnd);
    }

    [Fact]
    public void A_cancel_at_beyond_the_current_period_is_not_cancel_at_period_end()
    {
        var subscription = Subscription(periodEnd: PeriodEnd);
        subscription["cancel_at"] = PeriodEnd.AddMonths(6).ToUnixTimeSeconds();

        Assert.False(ParseAccepted<SubscriptionChanged>("customer.subscription.updated", subscription).CancelAtPeriodEnd);
    }

    [Theory]
    [InlineData("incomplete", SubscriptionStatus.Incomplete)]
    [InlineData("trialing", SubscriptionStatus.Trialing)]
    [InlineData("active", SubscriptionStatus.Active)]
    [InlineData("past_due", SubscriptionStatus.PastDue)]
    [InlineData("unpaid", SubscriptionStatus.Unpaid)]
    [InlineData("canceled", SubscriptionStatus.Canceled)]
    [InlineData("incomplete_expired", SubscriptionStatus.Canceled)]
    [InlineData("paused", SubscriptionStatus.Canceled)]
    public void Each_Stripe_subscription_status_maps_to_ours(string stripeStatus, SubscriptionStatus expected) =>
        Assert.Equal(expected, ParseAccepted<SubscriptionChanged>("customer.subscription.updated", Subscription(stripeStatus)).Status);

    [Fact]
    public void A_deleted_subscription_is_canceled_whatever_status_its_snapshot_shows()
    {
        var e = ParseAccepted<SubscriptionChanged>("customer.subscription.deleted", Subscription("active", periodEnd: PeriodEnd));

        Assert.Equal(SubscriptionStatus.Canceled, e.Status);
        Assert.Equal(PeriodEnd, e.CurrentPeriodEnd);
    }

    [Fact]
    public void A_subscription_status_Stripe_adds_later_is_rejected_rather_than_guessed()
    {
        var result = ParseSigned("customer.subscription.updated", Subscription("hibernating"));

        Assert.Null(result.Event);
        Assert.Contains("hibernating", result.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_api_version_subscription_gives_its_own_current_period_end()
    {
        var subscription = Subscription();
        subscription["items"]!["data"]![0]!.AsObject().Remove("current_period_end");
        subscription["current_period_end"] = PeriodEnd.ToUnixTimeSeconds();

        var e = ParseAccepted<SubscriptionChanged>("customer.subscription.updated", subscription, apiVersion: "2024-06-20");

        Assert.Equal(PeriodEnd, e.CurrentPeriodEnd);
    }
}
