using Masthead.Core.Subscriptions;

namespace Masthead.Core.Billing;

/// <summary>
/// What a provider tells us, in our words. <see cref="Created"/> is the provider's own timestamp of
/// the change; it orders events that arrive out of order.
/// </summary>
public abstract record BillingEvent(string EventId, DateTimeOffset Created, string CustomerId)
{
    /// <summary>The longest event id we keep; every stored event is found again by its id.</summary>
    public const int MaxEventIdLength = 100;
}

/// <summary>A subscription was created, changed or ended (Stripe: customer.subscription.*).</summary>
public sealed record SubscriptionChanged(
    string EventId, DateTimeOffset Created, string CustomerId,
    string SubscriptionId, string ProviderPriceId, SubscriptionStatus Status,
    DateTimeOffset CurrentPeriodEnd, bool CancelAtPeriodEnd)
    : BillingEvent(EventId, Created, CustomerId);

/// <summary>An invoice was paid: a first payment, a renewal, or a retry that succeeded.</summary>
public sealed record InvoicePaid(
    string EventId, DateTimeOffset Created, string CustomerId,
    string InvoiceId, string? SubscriptionId, long AmountMinor, string Currency, string? Number, DateTimeOffset? PeriodEnd)
    : BillingEvent(EventId, Created, CustomerId);

/// <summary>A charge for an invoice failed.</summary>
public sealed record InvoicePaymentFailed(
    string EventId, DateTimeOffset Created, string CustomerId,
    string InvoiceId, string? SubscriptionId, long AmountMinor, string Currency, int AttemptCount, DateTimeOffset? NextAttempt)
    : BillingEvent(EventId, Created, CustomerId);

/// <summary>The customer's card on file changed.</summary>
public sealed record CardOnFileChanged(
    string EventId, DateTimeOffset Created, string CustomerId, CardOnFile Card)
    : BillingEvent(EventId, Created, CustomerId);

/// <summary>An event we accept and do nothing with.</summary>
public sealed record IgnoredEvent(string EventId, DateTimeOffset Created, string Type)
    : BillingEvent(EventId, Created, "");

/// <summary>All we ever know of a card: never its number.</summary>
public sealed record CardOnFile(string Brand, string Last4, int ExpMonth, int ExpYear);

/// <summary>The outcome of reading a webhook: an event, or why it was refused.</summary>
public sealed record WebhookParse(BillingEvent? Event, string? Rejection)
{
    /// <summary>
    /// The event, unless its id could not be kept: such an event could be neither stored nor told from
    /// a second delivery, so every provider refuses it while reading it.
    /// </summary>
    public static WebhookParse Accepted(BillingEvent e) =>
        string.IsNullOrWhiteSpace(e.EventId) || e.EventId.Length > BillingEvent.MaxEventIdLength
            ? Rejected($"The event id must be 1 to {BillingEvent.MaxEventIdLength} characters.")
            : new(e, null);

    public static WebhookParse Rejected(string why) => new(null, why);
}
