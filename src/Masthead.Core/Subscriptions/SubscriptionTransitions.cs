using Masthead.Core.Billing;

namespace Masthead.Core.Subscriptions;

/// <summary>
/// How billing events move a subscription. Each event is applied as an order-independent upsert:
/// news older than what we already know is dropped, so duplicates and out-of-order deliveries
/// converge on the same state.
/// </summary>
public static class SubscriptionTransitions
{
    /// <returns>The new state, or <paramref name="current"/> when the event changes nothing; null when there is no subscription to change yet.</returns>
    public static SubscriptionState? Apply(SubscriptionState? current, BillingEvent billingEvent) => billingEvent switch
    {
        SubscriptionChanged changed => Changed(current, changed),
        InvoicePaymentFailed failed when current is not null => Failed(current, failed),
        InvoicePaid paid when current is not null => Paid(current, paid),
        _ => current,
    };

    private static SubscriptionState Changed(SubscriptionState? current, SubscriptionChanged e)
    {
        if (current is not null && e.Created < current.StatusAsOf)
        {
            return current;
        }

        var failedAt = e.Status switch
        {
            SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid => current?.PaymentFailedAt ?? current?.LastFailedAt ?? e.Created,
            SubscriptionStatus.Canceled => current?.PaymentFailedAt,
            SubscriptionStatus.Active or SubscriptionStatus.Trialing or SubscriptionStatus.Incomplete => null,
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Status, null),
        };
        return new SubscriptionState(
            e.SubscriptionId, e.ProviderPriceId, e.Status, e.CurrentPeriodEnd, e.CancelAtPeriodEnd, failedAt, e.Created,
            current?.LastPaidAt, current?.LastFailedAt);
    }

    private static SubscriptionState Failed(SubscriptionState current, InvoicePaymentFailed e)
    {
        if (current.LastPaidAt >= e.Created)
        {
            return current;
        }

        var moveToPastDue = current.Status is SubscriptionStatus.Active && e.Created >= current.StatusAsOf;
        return current with
        {
            PaymentFailedAt = current.PaymentFailedAt ?? e.Created,
            LastFailedAt = Max(current.LastFailedAt, e.Created),
            Status = moveToPastDue ? SubscriptionStatus.PastDue : current.Status,
            StatusAsOf = moveToPastDue ? e.Created : current.StatusAsOf,
        };
    }

    private static SubscriptionState Paid(SubscriptionState current, InvoicePaid e)
    {
        if (current.LastFailedAt > e.Created)
        {
            // A later charge failed after this payment: the failure stands.
            return current with { LastPaidAt = Max(current.LastPaidAt, e.Created) };
        }

        var recover = current.Status is SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid or SubscriptionStatus.Incomplete
            && e.Created >= current.StatusAsOf;
        return current with
        {
            PaymentFailedAt = null,
            LastPaidAt = Max(current.LastPaidAt, e.Created),
            Status = recover ? SubscriptionStatus.Active : current.Status,
            StatusAsOf = recover ? e.Created : current.StatusAsOf,
            CurrentPeriodEnd = e.PeriodEnd is { } end && end > current.CurrentPeriodEnd ? end : current.CurrentPeriodEnd,
        };
    }

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
