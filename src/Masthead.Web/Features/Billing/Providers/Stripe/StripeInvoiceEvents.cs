using Masthead.Core.Billing;
using Stripe;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

/// <summary>invoice.paid → <see cref="InvoicePaid"/>; invoice.payment_failed → <see cref="InvoicePaymentFailed"/>.</summary>
internal static class StripeInvoiceEvents
{
    public static WebhookParse Paid(Event stripeEvent) => Read(stripeEvent, invoice => new InvoicePaid(
        stripeEvent.Id,
        StripeEventValues.Created(stripeEvent),
        invoice.CustomerId,
        invoice.Id,
        SubscriptionOf(invoice),
        invoice.AmountPaid,
        CurrencyOf(invoice),
        invoice.Number,
        LinePeriodEnd(invoice)));

    public static WebhookParse PaymentFailed(Event stripeEvent) => Read(stripeEvent, invoice => new InvoicePaymentFailed(
        stripeEvent.Id,
        StripeEventValues.Created(stripeEvent),
        invoice.CustomerId,
        invoice.Id,
        SubscriptionOf(invoice),
        invoice.AmountDue,
        CurrencyOf(invoice),
        (int)Math.Clamp(invoice.AttemptCount, 0, int.MaxValue),
        invoice.NextPaymentAttempt is { } next ? StripeEventValues.Utc(next) : null));

    private static WebhookParse Read(Event stripeEvent, Func<Invoice, BillingEvent> map) => stripeEvent.Data?.Object switch
    {
        Invoice { CustomerId: { Length: > 0 } } invoice => WebhookParse.Accepted(map(invoice)),
        Invoice => StripeEventValues.NoCustomer(stripeEvent),
        _ => StripeEventValues.NotA(stripeEvent, "invoice"),
    };

    /// <summary>Recent API versions name the subscription under parent; older ones at the top level.</summary>
    private static string? SubscriptionOf(Invoice invoice) =>
        invoice.Parent?.SubscriptionDetails?.SubscriptionId is { Length: > 0 } id ? id : StripeEventValues.Id(invoice, "subscription");

    private static string CurrencyOf(Invoice invoice) => (invoice.Currency ?? "").ToUpperInvariant();

    /// <summary>
    /// How far this invoice pays. It is read from the lines because a subscription invoice's own
    /// period_end is the end of the period before the one it bills.
    /// </summary>
    private static DateTimeOffset? LinePeriodEnd(Invoice invoice) =>
        invoice.Lines?.Data?
            .Select(line => StripeEventValues.UnixTime(line.Period, "end"))
            .Max();
}
