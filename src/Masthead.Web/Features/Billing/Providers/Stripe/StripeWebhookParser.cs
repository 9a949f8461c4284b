using System.Collections.Frozen;
using Masthead.Core.Billing;
using Stripe;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

/// <summary>
/// Verifies a Stripe webhook and reads it into one of our events. Whatever arrives, the answer is a
/// value: a forged, stale or unreadable request is a rejection, never an exception.
/// </summary>
internal static class StripeWebhookParser
{
    private static readonly FrozenDictionary<string, Func<Event, WebhookParse>> Handlers =
        new Dictionary<string, Func<Event, WebhookParse>>
        {
            [EventTypes.CustomerSubscriptionCreated] = StripeSubscriptionEvents.Changed,
            [EventTypes.CustomerSubscriptionUpdated] = StripeSubscriptionEvents.Changed,
            [EventTypes.CustomerSubscriptionDeleted] = StripeSubscriptionEvents.Deleted,
            [EventTypes.InvoicePaid] = StripeInvoiceEvents.Paid,
            [EventTypes.InvoicePaymentFailed] = StripeInvoiceEvents.PaymentFailed,
            [EventTypes.PaymentMethodAttached] = StripeCardEvents.Attached,
            [EventTypes.CustomerUpdated] = StripeCardEvents.CustomerUpdated,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static WebhookParse Parse(string payload, string? signatureHeader, string secret, TimeSpan tolerance, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return WebhookParse.Rejected("The Stripe-Signature header is missing.");
        }

        Event stripeEvent;
        try
        {
            // The overload taking utcNow checks freshness against our clock (the app's TimeProvider),
            // not the machine's. The account's API version may differ from Stripe.net's pinned one:
            // we read only fields that are stable across versions, with fallbacks where they moved.
            stripeEvent = EventUtility.ConstructEvent(
                payload, signatureHeader, secret, (long)tolerance.TotalSeconds, now.ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            return WebhookParse.Rejected($"Stripe signature check failed: {ex.Message}");
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return WebhookParse.Rejected("The Stripe-Signature timestamp is not a Unix time.");
        }
        catch (Exception ex)
        {
            // The signature held, so this is Stripe.net failing to read the body, whatever it threw.
            return WebhookParse.Rejected($"The Stripe event cannot be read: {ex.Message}");
        }

        if (stripeEvent is not { Id: { Length: > 0 }, Type: { Length: > 0 } })
        {
            return WebhookParse.Rejected("The Stripe event has no id or type.");
        }

        return Handlers.TryGetValue(stripeEvent.Type, out var handle)
            ? handle(stripeEvent)
            : StripeEventValues.Ignored(stripeEvent);
    }
}
