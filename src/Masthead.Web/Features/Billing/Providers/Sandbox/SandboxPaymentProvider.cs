using System.Security.Cryptography;
using Masthead.Core.Billing;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Webhooks;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>
/// The offline provider: checkout and billing portal are pages of this app, marked "Test mode";
/// everything it does reaches the rest of the app only as signed webhooks, as Stripe's would.
/// </summary>
public sealed class SandboxPaymentProvider(
    MastheadDbContext db, SandboxBilling billing, TimeProvider clock, SandboxSecret secret, IOptions<SandboxOptions> options) : IPaymentProvider
{
    public const string ProviderName = "sandbox";

    public string Name => ProviderName;

    public async Task<string> CreateCustomerAsync(string userId, string email, CancellationToken cancellationToken)
    {
        var customer = new SandboxCustomer { Id = SandboxIds.New("cus"), UserId = userId, Email = email, CreatedAt = clock.GetUtcNow() };
        db.Set<SandboxCustomer>().Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return customer.Id;
    }

    public async Task<Uri> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        await billing.ExpireOpenCheckoutsAsync(request.CustomerId, clock.GetUtcNow(), cancellationToken);
        var checkout = new SandboxCheckout
        {
            Id = SandboxIds.Unguessable("cs"),
            CustomerId = request.CustomerId,
            PriceId = request.Price.ProviderPriceId,
            PlanName = request.Price.PlanName,
            AmountMinor = request.Price.AmountMinor,
            Currency = request.Price.Currency,
            Interval = request.Price.Interval,
            TrialDays = request.Price.TrialDays,
            SuccessUrl = request.SuccessUrl.ToString(),
            CancelUrl = request.CancelUrl.ToString(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Set<SandboxCheckout>().Add(checkout);
        await db.SaveChangesAsync(cancellationToken);
        return new Uri($"/sandbox/checkout/{checkout.Id}", UriKind.Relative);
    }

    public async Task<Uri> CreatePortalAsync(string customerId, Uri returnUrl, CancellationToken cancellationToken)
    {
        var session = new SandboxPortalSession
        {
            Id = SandboxIds.Unguessable("bps"),
            CustomerId = customerId,
            ReturnUrl = returnUrl.ToString(),
            ExpiresAt = clock.GetUtcNow().AddHours(1),
        };
        db.Set<SandboxPortalSession>().Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new Uri($"/sandbox/portal/{session.Id}", UriKind.Relative);
    }

    public Task CancelAtPeriodEndAsync(string subscriptionId, CancellationToken cancellationToken) =>
        billing.SetCancelAtPeriodEndAsync(subscriptionId, true, cancellationToken);

    public Task ResumeAsync(string subscriptionId, CancellationToken cancellationToken) =>
        billing.SetCancelAtPeriodEndAsync(subscriptionId, false, cancellationToken);

    public Task CancelNowAsync(string subscriptionId, CancellationToken cancellationToken) =>
        billing.CancelNowAsync(subscriptionId, cancellationToken);

    public Task RefundInvoiceAsync(string invoiceId, CancellationToken cancellationToken) =>
        billing.RefundInvoiceAsync(invoiceId, cancellationToken);

    public WebhookParse ParseWebhook(string payload, string? signatureHeader, DateTimeOffset now)
    {
        var refused = WebhookSignature.Verify(signatureHeader, payload, secret.Value, now, options.Value.WebhookTolerance);
        return refused is null ? StripeShapedEvents.Read(payload) : WebhookParse.Rejected(refused);
    }
}

/// <summary>The sandbox's signing secret: configured, or made up once per start.</summary>
public sealed class SandboxSecret(IOptions<SandboxOptions> options)
{
    public string Value { get; } = string.IsNullOrWhiteSpace(options.Value.WebhookSecret)
        ? "whsec_sbx_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))
        : options.Value.WebhookSecret;
}
