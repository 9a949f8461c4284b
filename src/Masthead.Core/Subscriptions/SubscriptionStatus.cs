namespace Masthead.Core.Subscriptions;

/// <summary>A subscription's billing state, named as payment providers name it.</summary>
public enum SubscriptionStatus
{
    /// <summary>Checkout started but the first payment never succeeded.</summary>
    Incomplete,
    Trialing,
    Active,
    /// <summary>A renewal charge failed; the grace period runs from <see cref="Subscription.PaymentFailedAt"/>.</summary>
    PastDue,
    /// <summary>Retries are exhausted; the invoice stays open until the card is updated.</summary>
    Unpaid,
    /// <summary>Ended for good, by the reader or by the provider.</summary>
    Canceled,
}
