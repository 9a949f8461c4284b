namespace Masthead.Core.Billing;

/// <summary>
/// The one port every payment provider implements. It speaks only our own records, so nothing
/// outside a provider's adapter knows which provider is in use.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>"sandbox" or "stripe": also the webhook path segment.</summary>
    string Name { get; }

    /// <summary>Creates the provider's customer for one of our readers.</summary>
    Task<string> CreateCustomerAsync(string userId, string email, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a hosted checkout; the reader is sent to the returned URL. Any checkout of the same
    /// customer still open expires, so of two tabs (or a double click) only the last can be paid.
    /// </summary>
    Task<Uri> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>Opens the hosted billing portal, where the reader updates the card on file.</summary>
    Task<Uri> CreatePortalAsync(string customerId, Uri returnUrl, CancellationToken cancellationToken);

    Task CancelAtPeriodEndAsync(string subscriptionId, CancellationToken cancellationToken);

    Task ResumeAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>Ends a subscription at once, with nothing more to pay (a reader's second, duplicate one). Safe to repeat.</summary>
    Task CancelNowAsync(string subscriptionId, CancellationToken cancellationToken);

    /// <summary>Refunds in full what was paid for an invoice. Safe to repeat: a refund is never made twice.</summary>
    Task RefundInvoiceAsync(string invoiceId, CancellationToken cancellationToken);

    /// <summary>Verifies a webhook's signature and freshness, then reads it into one of our events.</summary>
    WebhookParse ParseWebhook(string payload, string? signatureHeader, DateTimeOffset now);
}

/// <param name="CustomerId">The provider's customer, made by <see cref="IPaymentProvider.CreateCustomerAsync"/>.</param>
/// <param name="Price">What is bought.</param>
/// <param name="SuccessUrl">Where the reader lands after paying.</param>
/// <param name="CancelUrl">Where the reader lands after backing out.</param>
public sealed record CheckoutRequest(string CustomerId, PlanPrice Price, Uri SuccessUrl, Uri CancelUrl);

/// <summary>One purchasable price of a plan.</summary>
/// <param name="ProviderPriceId">The provider's id for this price (Stripe's price_…; the sandbox's own).</param>
/// <param name="AmountMinor">Amount in the currency's minor unit (cents).</param>
public sealed record PlanPrice(string ProviderPriceId, string PlanName, long AmountMinor, string Currency, BillingInterval Interval, int TrialDays);

public enum BillingInterval
{
    Month,
    Year,
}
