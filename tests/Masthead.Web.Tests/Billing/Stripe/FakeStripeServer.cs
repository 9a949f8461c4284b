using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Tests.Billing.Stripe;

/// <summary>One request the fake Stripe received: its form fields, or for a GET or DELETE its query.</summary>
public sealed record StripeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string? Authorization, string? IdempotencyKey = null);

/// <summary>
/// A stand-in for api.stripe.com on 127.0.0.1: it answers the few endpoints the adapter calls with
/// Stripe's own example objects (ids and echoed fields overridden) and records what it was sent.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    /// <summary>The one subscription the fake answers with Stripe's "No such subscription" error.</summary>
    public const string MissingSubscriptionId = "sub_missing";

    private const string SubscriptionsPath = "/v1/subscriptions/";
    private const string CheckoutSessionsPath = "/v1/checkout/sessions/";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<StripeRequest> requests = new();
    private readonly ConcurrentDictionary<string, JsonObject> checkoutSessions = new();
    private readonly ConcurrentDictionary<string, string> canceledSubscriptions = new();
    private readonly ConcurrentDictionary<string, JsonObject> refunds = new();
    private int sequence;

    private FakeStripeServer()
    {
        // The empty builder reads no appsettings or environment, so nothing can move it off the port asked for.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.Run(AnswerAsync);
    }

    /// <summary>Base URL to give Stripe.net as its apiBase.</summary>
    public string ApiBase => app.Urls.Single();

    public IReadOnlyList<StripeRequest> Requests => [.. requests];

    public static async Task<FakeStripeServer> StartAsync()
    {
        var server = new FakeStripeServer();
        await server.app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>The payment intent that paid <paramref name="invoiceId"/>, as the fake's invoice payments name it.</summary>
    public static string PaymentIntentOf(string invoiceId) => "pi_for_" + invoiceId;

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var fields = request.Method == HttpMethods.Get || request.Method == HttpMethods.Delete
            ? request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal)
            : form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var idempotencyKey = request.Headers["Idempotency-Key"].FirstOrDefault();
        requests.Enqueue(new StripeRequest(request.Method, request.Path.Value ?? "", fields, request.Headers.Authorization.ToString(), idempotencyKey));

        var n = Interlocked.Increment(ref sequence);
        var path = request.Path.Value ?? "";
        var subscriptionId = path.StartsWith(SubscriptionsPath, StringComparison.Ordinal) && path != SubscriptionsPath + MissingSubscriptionId
            ? path[SubscriptionsPath.Length..]
            : null;
        var body = (request.Method, path) switch
        {
            ("POST", "/v1/customers") => Customer(fields, n),
            ("POST", "/v1/checkout/sessions") => CheckoutSession(fields, n),
            ("GET", "/v1/checkout/sessions") => List("/v1/checkout/sessions", checkoutSessions.Values
                .Where(s => s["customer"]?.GetValue<string>() == fields.GetValueOrDefault("customer")
                    && s["status"]?.GetValue<string>() == fields.GetValueOrDefault("status", "open"))),
            ("POST", _) when path.StartsWith(CheckoutSessionsPath, StringComparison.Ordinal) && path.EndsWith("/expire", StringComparison.Ordinal) =>
                ExpireCheckoutSession(path[CheckoutSessionsPath.Length..^"/expire".Length]),
            ("POST", "/v1/billing_portal/sessions") => PortalSession(fields, n),
            ("POST", _) when subscriptionId is not null => Subscription(subscriptionId, fields),
            ("GET", _) when subscriptionId is not null => StripeFixtures.Subscription(
                status: canceledSubscriptions.ContainsKey(subscriptionId) ? "canceled" : "active", id: subscriptionId),
            ("DELETE", _) when subscriptionId is not null => CancelSubscription(subscriptionId),
            ("GET", "/v1/invoice_payments") when fields.TryGetValue("invoice", out var invoice) => List("/v1/invoice_payments", [InvoicePayment(invoice)]),
            ("POST", "/v1/refunds") => Refund(fields, idempotencyKey, n),
            _ => null,
        };

        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = $"req_fake_{n}";
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            body = new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["type"] = "invalid_request_error",
                    ["code"] = "resource_missing",
                    ["message"] = $"No such resource: '{path}'",
                },
            };
        }

        await context.Response.WriteAsync(body.ToJsonString());
    }

    private static JsonObject Customer(Dictionary<string, string> form, int n)
    {
        var customer = StripeFixtures.Load("customer");
        customer["id"] = $"cus_fake_{n}";
        customer["email"] = form.GetValueOrDefault("email");
        customer["metadata"] = new JsonObject(form
            .Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(f.Key["metadata[".Length..^1], (JsonNode?)f.Value)));
        return customer;
    }

    private static JsonObject List(string url, IEnumerable<JsonObject> items) => new()
    {
        ["object"] = "list",
        ["url"] = url,
        ["has_more"] = false,
        ["data"] = new JsonArray([.. items.Select(i => (JsonNode)i.DeepClone())]),
    };

    private JsonObject? ExpireCheckoutSession(string id)
    {
        if (!checkoutSessions.TryGetValue(id, out var session))
        {
            return null;
        }

        session["status"] = "expired";
        return (JsonObject)session.DeepClone();
    }

    private JsonObject CancelSubscription(string id)
    {
        canceledSubscriptions[id] = id;
        return StripeFixtures.Subscription(status: "canceled", id: id);
    }

    private static JsonObject InvoicePayment(string invoiceId)
    {
        var payment = StripeFixtures.Load("invoice_payment");
        payment["id"] = "inpay_for_" + invoiceId;
        payment["invoice"] = invoiceId;
        payment["status"] = "paid";
        payment["currency"] = "eur";
        payment["amount_paid"] = 850;
        payment["amount_requested"] = 850;
        payment["payment"] = new JsonObject { ["type"] = "payment_intent", ["payment_intent"] = PaymentIntentOf(invoiceId) };
        return payment;
    }

    /// <summary>A refund; a request repeating an idempotency key gets the first refund back, as Stripe answers.</summary>
    private JsonObject Refund(Dictionary<string, string> form, string? idempotencyKey, int n) =>
        (JsonObject)refunds.GetOrAdd(idempotencyKey ?? $"none-{n}", _ =>
        {
            var refund = StripeFixtures.Load("refund");
            refund["id"] = $"re_fake_{n}";
            refund["payment_intent"] = form.GetValueOrDefault("payment_intent");
            refund["charge"] = form.GetValueOrDefault("charge");
            refund["currency"] = "eur";
            refund["amount"] = 850;
            refund["reason"] = form.GetValueOrDefault("reason");
            return refund;
        }).DeepClone();

    /// <summary>Refunds made, one per idempotency key.</summary>
    public IReadOnlyList<JsonObject> Refunds => [.. refunds.Values];

    private JsonObject CheckoutSession(Dictionary<string, string> form, int n)
    {
        var session = StripeFixtures.Load("checkout.session");
        var id = $"cs_test_fake_{n}";
        session["id"] = id;
        session["mode"] = form.GetValueOrDefault("mode");
        session["customer"] = form.GetValueOrDefault("customer");
        session["success_url"] = form.GetValueOrDefault("success_url");
        session["cancel_url"] = form.GetValueOrDefault("cancel_url");
        session["payment_intent"] = null;
        session["url"] = $"https://checkout.stripe.com/c/pay/{id}";
        session["status"] = "open";
        checkoutSessions[id] = session;
        return (JsonObject)session.DeepClone();
    }

    private static JsonObject PortalSession(Dictionary<string, string> form, int n)
    {
        var session = StripeFixtures.Load("billing_portal.session");
        session["id"] = $"bps_fake_{n}";
        session["customer"] = form.GetValueOrDefault("customer");
        session["return_url"] = form.GetValueOrDefault("return_url");
        session["flow"] = null;
        session["url"] = $"https://billing.stripe.com/p/session/test_fake_{n}";
        return session;
    }

    private static JsonObject Subscription(string id, Dictionary<string, string> form) =>
        StripeFixtures.Subscription(id: id, cancelAtPeriodEnd: form.GetValueOrDefault("cancel_at_period_end") == "true");
}
