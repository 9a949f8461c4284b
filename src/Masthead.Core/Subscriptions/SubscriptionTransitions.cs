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

        DateTimeOffset? failedAt = e.Status switch
        {
            SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid => current?.PaymentFailedAt ?? UnrecoveredFailure(current) ?? e.Created,
            // An end after failed charges keeps the failure: the last period was never paid for.
            SubscriptionStatus.Canceled => current?.PaymentFailedAt ?? UnrecoveredFailure(current),
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
        var status = moveToPastDue ? SubscriptionStatus.PastDue : current.Status;

        // Grace runs from the first failure of the episode, whichever order its charges arrive in;
        // a stale failure reaching a subscription that is (again) in good standing leaves no mark.
        var failing = status is SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid or SubscriptionStatus.Canceled;
        return current with
        {
            PaymentFailedAt = failing ? Min(current.PaymentFailedAt, e.Created) : current.PaymentFailedAt,
            LastFailedAt = Max(current.LastFailedAt, e.Created),
            Status = status,
            StatusAsOf = moveToPastDue ? e.Created : current.StatusAsOf,
        };
    }

    private static SubscriptionState Paid(SubscriptionState current, InvoicePaid e)
    {
        if (current.LastFailedAt > e.Created)
        {
            // A later charge failed after this payment: the failure stands, the paid period still counts.
            return current with { LastPaidAt = Max(current.LastPaidAt, e.Created), CurrentPeriodEnd = Later(current.CurrentPeriodEnd, e.PeriodEnd) };
        }

        var recover = current.Status is SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid or SubscriptionStatus.Incomplete
            && e.Created >= current.StatusAsOf;
        var stillFailing = !recover && current.Status is SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid;
        return current with
        {
            PaymentFailedAt = stillFailing ? current.PaymentFailedAt : null,
            LastPaidAt = Max(current.LastPaidAt, e.Created),
            Status = recover ? SubscriptionStatus.Active : current.Status,
            StatusAsOf = recover ? e.Created : current.StatusAsOf,
            CurrentPeriodEnd = Later(current.CurrentPeriodEnd, e.PeriodEnd),
        };
    }

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;

    private static DateTimeOffset Min(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x < b ? x : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } y && y > a ? y : a;

    /// <summary>The latest failure, if no payment came after it.</summary>
    private static DateTimeOffset? UnrecoveredFailure(SubscriptionState? current) =>
        current?.LastFailedAt is { } failed && !(current.LastPaidAt >= failed) ? failed : null;
}
