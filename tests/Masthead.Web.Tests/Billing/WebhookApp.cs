using System.Text;
using System.Text.Json.Nodes;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Features.Billing.Webhooks;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// The billing app with a webhook secret the tests know, so they can post signed sandbox events to
/// /webhooks/sandbox themselves, as the sandbox (or a forger) would.
/// </summary>
public abstract class WebhookApp : BillingApp
{
    public const string Secret = "whsec_test_masthead_webhooks";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Billing:Sandbox:WebhookSecret", Secret);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>A reader who is a sandbox customer, with no subscription yet.</summary>
    public async Task<WebhookCustomer> NewCustomerAsync()
    {
        var email = TestAccounts.NewEmail("webhook");
        var userId = await TestAccounts.CreateConfirmedAsync(this, email);
        var customerId = SandboxIds.New("cus");
        await WithDbAsync(db =>
        {
            db.BillingCustomers.Add(new BillingCustomer { UserId = userId, Provider = SandboxPaymentProvider.ProviderName, CustomerId = customerId });
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return new WebhookCustomer(userId, email, customerId);
    }

    /// <summary>POSTs <paramref name="payload"/> signed with <paramref name="secret"/> at <paramref name="signedAt"/> (the app's now by default).</summary>
    public Task<HttpResponseMessage> DeliverAsync(string payload, string secret = Secret, DateTimeOffset? signedAt = null) =>
        PostAsync(payload, WebhookSignature.Sign(secret, payload, signedAt ?? Now));

    /// <summary>POSTs <paramref name="payload"/> with <paramref name="signatureHeader"/> as its Stripe-Signature, however it was made.</summary>
    public async Task<HttpResponseMessage> PostAsync(string payload, string signatureHeader)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/sandbox")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, signatureHeader);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<List<WebhookEventRecord>> StoredEventsAsync(string eventId) =>
        WithDbAsync(db => db.WebhookEvents.AsNoTracking().Where(e => e.EventId == eventId).ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>Waits for the processor to have acted on the stored event.</summary>
    public Task<List<WebhookEventRecord>> ProcessedAsync(string eventId) =>
        Eventually.ReturnsAsync(() => StoredEventsAsync(eventId), rows => rows.Count > 0 && rows.All(r => r.ProcessedAt is not null), $"event {eventId} to be processed");

    public Task<List<SubscriptionRecord>> SubscriptionsOfAsync(string userId) =>
        WithDbAsync(db => db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(TestContext.Current.CancellationToken));

    public Task<List<InvoiceRecord>> InvoicesOfAsync(string userId) =>
        WithDbAsync(db => db.Invoices.AsNoTracking().Where(i => i.UserId == userId).ToListAsync(TestContext.Current.CancellationToken));
}

public sealed record WebhookCustomer(string UserId, string Email, string CustomerId);

/// <summary>Event bodies in the sandbox's Stripe shape (see SandboxEvents).</summary>
public static class SandboxPayloads
{
    public static string NewEventId() => SandboxIds.New("evt");

    public static string Event(string id, string type, DateTimeOffset created, JsonObject data) =>
        new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = "sandbox",
            ["type"] = type,
            ["created"] = created.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["data"] = new JsonObject { ["object"] = data },
        }.ToJsonString();

    public static JsonObject Subscription(string customerId, string subscriptionId, string status, DateTimeOffset periodEnd, string priceId = "price_sbx_unknown") =>
        new()
        {
            ["id"] = subscriptionId,
            ["object"] = "subscription",
            ["customer"] = customerId,
            ["status"] = status,
            ["cancel_at_period_end"] = false,
            ["current_period_start"] = periodEnd.AddMonths(-1).ToUnixTimeSeconds(),
            ["current_period_end"] = periodEnd.ToUnixTimeSeconds(),
            ["items"] = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject
                {
                    ["price"] = new JsonObject { ["id"] = priceId },
                    ["current_period_end"] = periodEnd.ToUnixTimeSeconds(),
                }),
            },
        };

    public static JsonObject FailedInvoice(string customerId, string subscriptionId, string invoiceId, DateTimeOffset failedAt, DateTimeOffset periodEnd) =>
        new()
        {
            ["id"] = invoiceId,
            ["object"] = "invoice",
            ["customer"] = customerId,
            ["subscription"] = subscriptionId,
            ["number"] = "SBX-TEST-0001",
            ["status"] = "open",
            ["amount_due"] = 850,
            ["amount_paid"] = 0,
            ["currency"] = "eur",
            ["attempt_count"] = 1,
            ["next_payment_attempt"] = failedAt.AddDays(3).ToUnixTimeSeconds(),
            ["lines"] = new JsonObject
            {
                ["data"] = new JsonArray(new JsonObject { ["period"] = new JsonObject { ["end"] = periodEnd.ToUnixTimeSeconds() } }),
            },
        };
}

public sealed class SqliteWebhookApp : WebhookApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;
}

public sealed class PostgresWebhookApp : WebhookApp
{
    private readonly PostgresDatabase database = new();

    public PostgresWebhookApp() => UnavailableReason = database.UnavailableReason;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? ConnectionString => database.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await database.DropAsync(this);
        await base.DisposeAsync();
    }
}
