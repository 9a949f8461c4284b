using Masthead.Core.Billing;
using Microsoft.Extensions.Options;
using Stripe;
using CheckoutSessionCreateOptions = Stripe.Checkout.SessionCreateOptions;
using CheckoutSessionListOptions = Stripe.Checkout.SessionListOptions;
using CheckoutSessionService = Stripe.Checkout.SessionService;
using PortalSessionCreateOptions = Stripe.BillingPortal.SessionCreateOptions;
using PortalSessionService = Stripe.BillingPortal.SessionService;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

/// <summary>
/// The payment port over Stripe. Every call goes through the injected client, so the API key and
/// base URL come from <see cref="StripeOptions"/> and never from Stripe.net's static configuration.
/// </summary>
public sealed class StripePaymentProvider(IStripeClient client, IOptions<StripeOptions> options) : IPaymentProvider
{
    public const string ProviderName = "stripe";

    private readonly CustomerService customers = new(client);
    private readonly CheckoutSessionService checkoutSessions = new(client);
    private readonly PortalSessionService portalSessions = new(client);
    private readonly SubscriptionService subscriptions = new(client);
    private readonly InvoicePaymentService invoicePayments = new(client);
    private readonly RefundService refunds = new(client);
    private readonly StripeOptions settings = options.Value;

    public string Name => ProviderName;

    public async Task<string> CreateCustomerAsync(string userId, string email, CancellationToken cancellationToken)
    {
        var customer = await customers.CreateAsync(
            new CustomerCreateOptions
            {
                Email = email,
                Metadata = new Dictionary<string, string> { ["user_id"] = userId },
            },
            cancellationToken: cancellationToken);
        return customer.Id;
    }

    public async Task<Uri> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        await foreach (var open in checkoutSessions.ListAutoPagingAsync(
            new CheckoutSessionListOptions { Customer = request.CustomerId, Status = "open" }, cancellationToken: cancellationToken))
        {
            await checkoutSessions.ExpireAsync(open.Id, cancellationToken: cancellationToken);
        }

        var session = await checkoutSessions.CreateAsync(
            new CheckoutSessionCreateOptions
            {
                Mode = "subscription",
                Customer = request.CustomerId,
                LineItems = [new() { Price = request.Price.ProviderPriceId, Quantity = 1 }],
                SubscriptionData = request.Price.TrialDays > 0 ? new() { TrialPeriodDays = request.Price.TrialDays } : null,
                // OriginalString keeps Stripe's {CHECKOUT_SESSION_ID} placeholder unescaped.
                SuccessUrl = request.SuccessUrl.OriginalString,
                CancelUrl = request.CancelUrl.OriginalString,
            },
            cancellationToken: cancellationToken);
        return HostedPage(session.Url, "checkout session");
    }

    public async Task<Uri> CreatePortalAsync(string customerId, Uri returnUrl, CancellationToken cancellationToken)
    {
        var session = await portalSessions.CreateAsync(
            new PortalSessionCreateOptions { Customer = customerId, ReturnUrl = returnUrl.OriginalString },
            cancellationToken: cancellationToken);
        return HostedPage(session.Url, "billing portal session");
    }

    public Task CancelAtPeriodEndAsync(string subscriptionId, CancellationToken cancellationToken) =>
        SetCancelAtPeriodEndAsync(subscriptionId, true, cancellationToken);

    public Task ResumeAsync(string subscriptionId, CancellationToken cancellationToken) =>
        SetCancelAtPeriodEndAsync(subscriptionId, false, cancellationToken);

    public async Task CancelNowAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(subscriptionId, cancellationToken: cancellationToken);
        if (subscription.Status is "canceled" or "incomplete_expired")
        {
            return;
        }

        await subscriptions.CancelAsync(
            subscriptionId,
            new SubscriptionCancelOptions { Prorate = false, InvoiceNow = false },
            new RequestOptions { IdempotencyKey = $"masthead-cancel-now-{subscriptionId}" },
            cancellationToken);
    }

    public async Task RefundInvoiceAsync(string invoiceId, CancellationToken cancellationToken)
    {
        await foreach (var payment in invoicePayments.ListAutoPagingAsync(
            new InvoicePaymentListOptions { Invoice = invoiceId }, cancellationToken: cancellationToken))
        {
            if (payment.Status != "paid")
            {
                continue;
            }

            // The idempotency key names the payment, so a retried refund is answered, never repeated.
            var (paymentIntent, charge) = (payment.Payment?.PaymentIntentId, payment.Payment?.ChargeId);
            await refunds.CreateAsync(
                new RefundCreateOptions { PaymentIntent = paymentIntent, Charge = paymentIntent is null ? charge : null, Reason = "duplicate" },
                new RequestOptions { IdempotencyKey = $"masthead-refund-{invoiceId}-{paymentIntent ?? charge}" },
                cancellationToken);
        }
    }

    public WebhookParse ParseWebhook(string payload, string? signatureHeader, DateTimeOffset now) =>
        StripeWebhookParser.Parse(payload, signatureHeader, settings.WebhookSecret, settings.WebhookTolerance, now);

    private async Task SetCancelAtPeriodEndAsync(string subscriptionId, bool cancel, CancellationToken cancellationToken) =>
        await subscriptions.UpdateAsync(
            subscriptionId, new SubscriptionUpdateOptions { CancelAtPeriodEnd = cancel }, cancellationToken: cancellationToken);

    private static Uri HostedPage(string? url, string what) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new StripeException($"Stripe returned a {what} without a usable URL.");
}
