using System.Text.Json;
using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>Reads the sandbox's Stripe-shaped event JSON into our billing events.</summary>
public static class StripeShapedEvents
{
    public static WebhookParse Read(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString() ?? throw new FormatException("event id");
            var type = root.GetProperty("type").GetString() ?? throw new FormatException("event type");
            var created = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("created").GetInt64());
            var o = root.GetProperty("data").GetProperty("object");
            BillingEvent result = type switch
            {
                "customer.subscription.created" or "customer.subscription.updated" or "customer.subscription.deleted" =>
                    new SubscriptionChanged(
                        id, created, Str(o, "customer"), Str(o, "id"),
                        o.GetProperty("items").GetProperty("data")[0].GetProperty("price").GetProperty("id").GetString() ?? "",
                        type == "customer.subscription.deleted" ? SubscriptionStatus.Canceled : Status(Str(o, "status")),
                        Time(o, "current_period_end")!.Value,
                        o.GetProperty("cancel_at_period_end").GetBoolean()),
                "invoice.paid" => new InvoicePaid(
                    id, created, Str(o, "customer"), Str(o, "id"), OptStr(o, "subscription"),
                    o.GetProperty("amount_paid").GetInt64(), Str(o, "currency").ToUpperInvariant(), OptStr(o, "number"), LinePeriodEnd(o)),
                "invoice.payment_failed" => new InvoicePaymentFailed(
                    id, created, Str(o, "customer"), Str(o, "id"), OptStr(o, "subscription"),
                    o.GetProperty("amount_due").GetInt64(), Str(o, "currency").ToUpperInvariant(),
                    o.GetProperty("attempt_count").GetInt32(), Time(o, "next_payment_attempt")),
                "payment_method.attached" => new CardOnFileChanged(
                    id, created, Str(o, "customer"), new CardOnFile(
                        Str(o.GetProperty("card"), "brand"), Str(o.GetProperty("card"), "last4"),
                        o.GetProperty("card").GetProperty("exp_month").GetInt32(), o.GetProperty("card").GetProperty("exp_year").GetInt32())),
                _ => new IgnoredEvent(id, created, type),
            };
            return WebhookParse.Accepted(result);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException
            or ArgumentOutOfRangeException)
        {
            return WebhookParse.Rejected("Malformed event: " + e.Message);
        }
    }

    private static string Str(JsonElement o, string name) => o.GetProperty(name).GetString() ?? throw new FormatException(name);

    private static string? OptStr(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTimeOffset? Time(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? DateTimeOffset.FromUnixTimeSeconds(v.GetInt64()) : null;

    private static DateTimeOffset? LinePeriodEnd(JsonElement invoice) =>
        invoice.TryGetProperty("lines", out var lines) && lines.GetProperty("data").GetArrayLength() > 0
            ? Time(lines.GetProperty("data")[0].GetProperty("period"), "end")
            : null;

    private static SubscriptionStatus Status(string status) => status switch
    {
        "trialing" => SubscriptionStatus.Trialing,
        "active" => SubscriptionStatus.Active,
        "past_due" => SubscriptionStatus.PastDue,
        "unpaid" => SubscriptionStatus.Unpaid,
        "canceled" or "incomplete_expired" => SubscriptionStatus.Canceled,
        "incomplete" => SubscriptionStatus.Incomplete,
        _ => throw new FormatException($"Unknown subscription status '{status}'."),
    };
}
