using Masthead.Core.Billing;
using Stripe;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

/// <summary>
/// payment_method.attached, and customer.updated when it carries the default payment method
/// expanded → <see cref="CardOnFileChanged"/>. Only brand, last four digits and expiry are read:
/// Stripe never sends a card number, and we would not keep one.
/// </summary>
internal static class StripeCardEvents
{
    public static WebhookParse Attached(Event stripeEvent) => stripeEvent.Data?.Object switch
    {
        PaymentMethod { Card: null } => StripeEventValues.Ignored(stripeEvent),
        PaymentMethod { CustomerId: { Length: > 0 } customerId, Card: { } card } => Changed(stripeEvent, customerId, card),
        PaymentMethod => StripeEventValues.NoCustomer(stripeEvent),
        _ => StripeEventValues.NotA(stripeEvent, "payment method"),
    };

    /// <summary>Webhooks carry the default payment method as a bare id unless it was expanded; a bare id tells us nothing to show.</summary>
    public static WebhookParse CustomerUpdated(Event stripeEvent) => stripeEvent.Data?.Object switch
    {
        Customer { InvoiceSettings.DefaultPaymentMethod.Card: { } card } customer => Changed(stripeEvent, customer.Id, card),
        Customer => StripeEventValues.Ignored(stripeEvent),
        _ => StripeEventValues.NotA(stripeEvent, "customer"),
    };

    private static WebhookParse Changed(Event stripeEvent, string customerId, PaymentMethodCard card) =>
        WebhookParse.Accepted(new CardOnFileChanged(
            stripeEvent.Id,
            StripeEventValues.Created(stripeEvent),
            customerId,
            new CardOnFile(card.Brand ?? "", card.Last4 ?? "", (int)card.ExpMonth, (int)card.ExpYear)));
}
