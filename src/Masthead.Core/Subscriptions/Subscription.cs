namespace Masthead.Core.Subscriptions;

/// <summary>What the paywall needs to know of a reader's subscription.</summary>
/// <param name="Status">The provider's status.</param>
/// <param name="CurrentPeriodEnd">End of the period that has been paid for (or trialled).</param>
/// <param name="CancelAtPeriodEnd">The reader cancelled; access runs to <paramref name="CurrentPeriodEnd"/>.</param>
/// <param name="PaymentFailedAt">When the first charge of the open invoice failed, if one has.</param>
public sealed record Subscription(
    SubscriptionStatus Status,
    DateTimeOffset CurrentPeriodEnd,
    bool CancelAtPeriodEnd = false,
    DateTimeOffset? PaymentFailedAt = null);
