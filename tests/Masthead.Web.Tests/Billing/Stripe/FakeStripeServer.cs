using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Tests.Billing.Stripe;

/// <summary>One form-encoded request the fake Stripe received.</summary>
public sealed record StripeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string? Authorization);

/// <summary>
/// A stand-in for api.stripe.com on 127.0.0.1: it answers the few endpoints the adapter calls with
/// Stripe's own example objects (ids and echoed fields overridden) and records what it was sent.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    /// <summary>The one subscription the fake answers with Stripe's "No such subscription" error.</summary>
    public const string MissingSubscriptionId = "sub_missing";

    private const string SubscriptionsPath = "/v1/subscriptions/";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<StripeRequest> requests = new();
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

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        requests.Enqueue(new StripeRequest(request.Method, request.Path.Value ?? "", fields, request.Headers.Authorization.ToString()));

        var n = Interlocked.Increment(ref sequence);
        var path = request.Path.Value ?? "";
        var body = request.Method == HttpMethods.Post ? path switch
        {
            "/v1/customers" => Customer(fields, n),
            "/v1/checkout/sessions" => CheckoutSession(fields, n),
            "/v1/billing_portal/sessions" => PortalSession(fields, n),
            _ when path.StartsWith(SubscriptionsPath, StringComparison.Ordinal) && path != SubscriptionsPath + MissingSubscriptionId =>
                Subscription(path[SubscriptionsPath.Length..], fields),
            _ => null,
        } : null;

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

    private static JsonObject CheckoutSession(Dictionary<string, string> form, int n)
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
        return session;
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
