using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;

namespace Masthead.Web.Data;

/// <summary>A reader's subscription as the payment provider last told us.</summary>
public sealed class SubscriptionRecord
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string PlanName { get; set; }

    /// <summary>Null for subscriptions recorded by hand (demo data, imports).</summary>
    public string? Provider { get; set; }
    public string? ProviderSubscriptionId { get; set; }
    public string? ProviderPriceId { get; set; }
    public int? PlanId { get; set; }
    public BillingInterval Interval { get; set; }
    public long AmountMinor { get; set; }
    public string Currency { get; set; } = "EUR";

    /// <summary>Provider time of the change that set <see cref="Status"/>; older events never overwrite it.</summary>
    public DateTimeOffset StatusAsOf { get; set; }
    public DateTimeOffset? LastPaidAt { get; set; }
    public DateTimeOffset? LastFailedAt { get; set; }
    public SubscriptionStatus Status { get; set; }
    public DateTimeOffset CurrentPeriodEnd { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
    public DateTimeOffset? PaymentFailedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Set when this subscription turned out to be a reader's second live one: the subscription kept
    /// instead. A duplicate is ended at once and what it charged refunded; it never grants access.
    /// </summary>
    public int? DuplicateOfId { get; set; }

    public Subscription ToDomain() => new(Status, CurrentPeriodEnd, CancelAtPeriodEnd, PaymentFailedAt);

    public SubscriptionState ToState() => new(
        ProviderSubscriptionId ?? "", ProviderPriceId ?? "", Status, CurrentPeriodEnd, CancelAtPeriodEnd, PaymentFailedAt,
        StatusAsOf, LastPaidAt, LastFailedAt);

    public void Set(SubscriptionState state)
    {
        ProviderSubscriptionId = state.SubscriptionId;
        ProviderPriceId = state.ProviderPriceId;
        Status = state.Status;
        CurrentPeriodEnd = state.CurrentPeriodEnd;
        CancelAtPeriodEnd = state.CancelAtPeriodEnd;
        PaymentFailedAt = state.PaymentFailedAt;
        StatusAsOf = state.StatusAsOf;
        LastPaidAt = state.LastPaidAt;
        LastFailedAt = state.LastFailedAt;
    }
}
