using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Masthead.Core.Billing;
using Masthead.Web.Features.Billing.Providers.Stripe;
using Microsoft.Extensions.Options;
using StripeConfiguration = Stripe.StripeConfiguration;
using StripeClient = Stripe.StripeClient;

namespace Masthead.Web.Tests.Billing.Stripe;

/// <summary>Stripe's own example objects (see Fixtures/README.md) and webhooks built and signed from them.</summary>
internal static class StripeFixtures
{
    public const string ApiKey = "sk_test_masthead";
    public const string WebhookSecret = "whsec_test_masthead";

    /// <summary>A clock years from the machine's, so a check against the real clock could not pass.</summary>
    public static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);

    /// <summary>When the events built here happened: shortly before <see cref="Now"/>.</summary>
    public static readonly DateTimeOffset EventCreated = Now.AddSeconds(-42);

    public const string EventId = "evt_masthead_1";

    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Billing", "Stripe", "Fixtures", name + ".json")))!.AsObject();

    /// <summary>A provider that only parses webhooks: nothing here reaches its API client.</summary>
    public static StripePaymentProvider WebhookProvider(TimeSpan? tolerance = null)
    {
        var options = new StripeOptions { ApiKey = ApiKey, WebhookSecret = WebhookSecret };
        options.WebhookTolerance = tolerance ?? options.WebhookTolerance;
        return new StripePaymentProvider(new StripeClient(ApiKey, apiBase: "http://127.0.0.1:9"), Options.Create(options));
    }

    /// <summary>The API version Stripe.net 53 is pinned to (and reads best).</summary>
    public static string PinnedApiVersion => StripeConfiguration.ApiVersion;

    /// <summary>Stripe's example event carrying <paramref name="dataObject"/>, as a webhook body, at Stripe.net's pinned API version.</summary>
    public static string Event(string type, JsonNode dataObject, DateTimeOffset created, string id = EventId) =>
        Event(type, dataObject, created, PinnedApiVersion, id);

    /// <summary>The same, as sent by an account on <paramref name="apiVersion"/>.</summary>
    public static string Event(string type, JsonNode dataObject, DateTimeOffset created, string? apiVersion, string id = EventId)
    {
        var stripeEvent = Load("event");
        stripeEvent["id"] = id;
        stripeEvent["type"] = type;
        stripeEvent["created"] = created.ToUnixTimeSeconds();
        stripeEvent["api_version"] = apiVersion;
        stripeEvent["data"] = new JsonObject { ["object"] = dataObject };
        return stripeEvent.ToJsonString();
    }

    /// <summary>An event built from <paramref name="dataObject"/>, signed at <see cref="Now"/> and parsed by the provider.</summary>
    public static WebhookParse ParseSigned(string type, JsonNode dataObject, string? apiVersion = null)
    {
        var payload = Event(type, dataObject, EventCreated, apiVersion: apiVersion ?? PinnedApiVersion);
        return WebhookProvider().ParseWebhook(payload, Sign(payload, Now), Now);
    }

    /// <summary>As <see cref="ParseSigned"/>, asserting the event was accepted as a <typeparamref name="T"/>.</summary>
    public static T ParseAccepted<T>(string type, JsonNode dataObject, string? apiVersion = null)
        where T : BillingEvent
    {
        var result = ParseSigned(type, dataObject, apiVersion);
        Assert.Null(result.Rejection);
        return Assert.IsType<T>(result.Event);
    }

    /// <summary>The Stripe-Signature header, computed as Stripe documents it (not with Stripe.net's helper).</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public static JsonObject Subscription(
        string status = "active", string id = "sub_masthead_1", string customer = "cus_masthead_1", string price = "price_monthly",
        DateTimeOffset? periodEnd = null, bool cancelAtPeriodEnd = false)
    {
        var subscription = Load("subscription");
        subscription["id"] = id;
        subscription["customer"] = customer;
        subscription["status"] = status;
        subscription["cancel_at_period_end"] = cancelAtPeriodEnd;
        subscription["cancel_at"] = null;
        subscription["canceled_at"] = null;
        subscription["ended_at"] = null;
        var item = subscription["items"]!["data"]![0]!.AsObject();
        item["subscription"] = id;
        item["price"]!["id"] = price;
        item["current_period_end"] = (periodEnd ?? Now.AddDays(30)).ToUnixTimeSeconds();
        return subscription;
    }

    public static JsonObject Invoice(
        long amountDue = 1500, long amountPaid = 1500, string currency = "eur", string? number = "MH-0001", DateTimeOffset? lineEnd = null)
    {
        var invoice = Load("invoice");
        invoice["id"] = "in_masthead_1";
        invoice["customer"] = "cus_masthead_1";
        invoice["amount_due"] = amountDue;
        invoice["amount_paid"] = amountPaid;
        invoice["currency"] = currency;
        invoice["number"] = number;
        invoice["parent"] = new JsonObject
        {
            ["type"] = "subscription_details",
            ["quote_details"] = null,
            ["subscription_details"] = new JsonObject { ["metadata"] = new JsonObject(), ["subscription"] = "sub_masthead_1" },
        };
        invoice["lines"]!["data"]![0]!["period"] = new JsonObject
        {
            ["start"] = Now.ToUnixTimeSeconds(),
            ["end"] = (lineEnd ?? Now.AddMonths(1)).ToUnixTimeSeconds(),
        };
        return invoice;
    }

    public static JsonObject PaymentMethod(string customer = "cus_masthead_1")
    {
        var paymentMethod = Load("payment_method");
        paymentMethod["id"] = "pm_masthead_1";
        paymentMethod["customer"] = customer;
        paymentMethod["card"]!["brand"] = "mastercard";
        paymentMethod["card"]!["last4"] = "4444";
        paymentMethod["card"]!["exp_month"] = 11;
        paymentMethod["card"]!["exp_year"] = 2033;
        return paymentMethod;
    }
}
