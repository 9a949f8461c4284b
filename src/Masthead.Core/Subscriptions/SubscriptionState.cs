namespace Masthead.Core.Subscriptions;

/// <summary>Everything we keep of one provider subscription, with the timestamps that order changes to it.</summary>
/// <param name="StatusAsOf">Provider time of the change that set <see cref="Status"/>; older news never overwrites it.</param>
/// <param name="LastPaidAt">Provider time of the latest paid invoice.</param>
/// <param name="LastFailedAt">Provider time of the latest failed charge.</param>
public sealed record SubscriptionState(
    string SubscriptionId,
    string ProviderPriceId,
    SubscriptionStatus Status,
    DateTimeOffset CurrentPeriodEnd,
    bool CancelAtPeriodEnd,
    DateTimeOffset? PaymentFailedAt,
    DateTimeOffset StatusAsOf,
    DateTimeOffset? LastPaidAt = null,
    DateTimeOffset? LastFailedAt = null)
{
    public Subscription ToSubscription() => new(Status, CurrentPeriodEnd, CancelAtPeriodEnd, PaymentFailedAt);
}
