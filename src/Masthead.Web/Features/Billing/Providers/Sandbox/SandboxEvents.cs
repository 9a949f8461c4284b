using System.Text.Json.Nodes;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>
/// Writes what happened in the sandbox as Stripe-shaped events into its outbox; the sender delivers
/// them to the webhook endpoint, signed, so offline mode runs the production webhook path.
/// </summary>
public sealed class SandboxEvents(MastheadDbContext db, TimeProvider clock)
{
    public void SubscriptionChanged(SandboxSubscription s, string type = "customer.subscription.updated") =>
        Add(type, new JsonObject
        {
            ["id"] = s.Id,
            ["object"] = "subscription",
            ["customer"] = s.CustomerId,
            ["status"] = StripeStatus(s.Status),
            ["cancel_at_period_end"] = s.CancelAtPeriodEnd,
            ["current_period_start"] = s.PeriodStart.ToUnixTimeSeconds(),
            ["current_period_end"] = s.PeriodEnd.ToUnixTimeSeconds(),
            ["items"] = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject
                {
                    ["price"] = new JsonObject { ["id"] = s.PriceId },
                    ["current_period_end"] = s.PeriodEnd.ToUnixTimeSeconds(),
                }),
            },
        });

    public void Invoice(SandboxInvoice invoice, string type) =>
        Add(type, new JsonObject
        {
            ["id"] = invoice.Id,
            ["object"] = "invoice",
            ["customer"] = invoice.CustomerId,
            ["subscription"] = invoice.SubscriptionId,
            ["number"] = invoice.Number,
            ["status"] = invoice.Paid ? "paid" : "open",
            ["amount_due"] = invoice.AmountMinor,
            ["amount_paid"] = invoice.Paid ? invoice.AmountMinor : 0,
            ["currency"] = invoice.Currency.ToLowerInvariant(),
            ["attempt_count"] = invoice.AttemptCount,
            ["next_payment_attempt"] = invoice.NextAttemptAt?.ToUnixTimeSeconds(),
            ["lines"] = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["period"] = new JsonObject { ["end"] = invoice.PeriodEnd.ToUnixTimeSeconds() } }),
            },
        });

    public void CardAttached(SandboxCard card) =>
        Add("payment_method.attached", new JsonObject
        {
            ["id"] = card.Id,
            ["object"] = "payment_method",
            ["customer"] = card.CustomerId,
            ["card"] = new JsonObject
            {
                ["brand"] = card.Brand,
                ["last4"] = card.Last4,
                ["exp_month"] = card.ExpMonth,
                ["exp_year"] = card.ExpYear,
            },
        });

    public void CheckoutCompleted(SandboxCheckout checkout) =>
        Add("checkout.session.completed", new JsonObject
        {
            ["id"] = checkout.Id,
            ["object"] = "checkout.session",
            ["mode"] = "subscription",
            ["status"] = "complete",
            ["customer"] = checkout.CustomerId,
            ["subscription"] = checkout.SubscriptionId,
        });

    private void Add(string type, JsonObject data)
    {
        var now = clock.GetUtcNow();
        var id = SandboxIds.New("evt");
        var payload = new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = "sandbox",
            ["type"] = type,
            ["created"] = now.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["data"] = new JsonObject { ["object"] = data },
        };
        db.Set<SandboxWebhook>().Add(new SandboxWebhook
        {
            EventId = id,
            Type = type,
            Payload = payload.ToJsonString(),
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    public static string StripeStatus(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Incomplete => "incomplete",
        SubscriptionStatus.Trialing => "trialing",
        SubscriptionStatus.Active => "active",
        SubscriptionStatus.PastDue => "past_due",
        SubscriptionStatus.Unpaid => "unpaid",
        SubscriptionStatus.Canceled => "canceled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

public static class SandboxIds
{
    /// <summary>Stripe-style ids: a prefix and random characters, e.g. sub_sbx_3f9c….</summary>
    public static string New(string prefix) => $"{prefix}_sbx_{Guid.NewGuid():N}"[..(prefix.Length + 5 + 24)];

    /// <summary>Ids that work as bearer tokens in URLs (hosted checkout and portal pages): 128 random bits.</summary>
    public static string Unguessable(string prefix) =>
        $"{prefix}_sbx_{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))}";
}
