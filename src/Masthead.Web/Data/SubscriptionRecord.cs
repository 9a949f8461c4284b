using Masthead.Core.Subscriptions;

namespace Masthead.Web.Data;

/// <summary>A reader's subscription as the payment provider last told us.</summary>
public sealed class SubscriptionRecord
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string PlanName { get; set; }
    public SubscriptionStatus Status { get; set; }
    public DateTimeOffset CurrentPeriodEnd { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
    public DateTimeOffset? PaymentFailedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Subscription ToDomain() => new(Status, CurrentPeriodEnd, CancelAtPeriodEnd, PaymentFailedAt);
}
