using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Features.Billing.Webhooks;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Masthead.Web.Tests.Billing.SandboxPayloads;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// POST /webhooks/sandbox over HTTP: what is refused and why, what is stored once, and how the
/// processor acts on stored events — late, twice, out of order, after a crash or a failure.
/// </summary>
public abstract class WebhookEndpointTests(WebhookApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_correctly_signed_subscription_event_is_accepted_and_gives_the_reader_an_active_subscription()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var plan = await app.WithDbAsync(db => db.Plans.AsNoTracking().OrderBy(p => p.Id).FirstAsync(Cancel));
        var periodEnd = DateTimeOffset.FromUnixTimeSeconds(app.Now.AddDays(30).ToUnixTimeSeconds());
        var id = NewEventId();
        var payload = Event(id, "customer.subscription.created", app.Now.AddSeconds(-5),
            Subscription(reader.CustomerId, "sub_sbx_created", "active", periodEnd, PlanCatalog.SandboxPriceId(plan.Id, BillingInterval.Month)));

        using var response = await app.DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var subscription = Assert.Single(await Eventually.ReturnsAsync(
            () => app.SubscriptionsOfAsync(reader.UserId), s => s.Count > 0, "the subscription to be recorded"));
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal("sub_sbx_created", subscription.ProviderSubscriptionId);
        Assert.Equal(periodEnd, subscription.CurrentPeriodEnd);
        Assert.Equal(plan.Name, subscription.PlanName);
        Assert.Null(subscription.PaymentFailedAt);
    }

    [Fact]
    public async Task An_event_signed_with_another_secret_is_refused_with_a_problem_and_not_stored()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var id = NewEventId();
        var payload = Event(id, "customer.subscription.created", app.Now, Subscription(reader.CustomerId, "sub_sbx_forged", "active", app.Now.AddDays(30)));

        using var response = await app.DeliverAsync(payload, secret: "whsec_someone_else");

        await AssertRefusedAsync(response, "signature");
        Assert.Empty(await app.StoredEventsAsync(id));
    }

    [Fact]
    public async Task An_event_signed_ten_minutes_ago_by_the_site_clock_is_refused_as_a_possible_replay()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var id = NewEventId();
        var tenMinutesAgo = app.Now.AddMinutes(-10);
        var payload = Event(id, "customer.subscription.created", tenMinutesAgo, Subscription(reader.CustomerId, "sub_sbx_stale", "active", app.Now.AddDays(30)));

        using var response = await app.DeliverAsync(payload, signedAt: tenMinutesAgo);

        await AssertRefusedAsync(response, "tolerance");
        Assert.Empty(await app.StoredEventsAsync(id));
    }

    [Theory]
    [InlineData("99999999999999", "tolerance")]
    [InlineData("9223372036854775807", "tolerance")]
    [InlineData("-99999999999999", "malformed")]
    public async Task A_correctly_signed_event_whose_signature_time_is_beyond_any_date_is_refused_with_a_problem(string timestamp, string reason)
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var id = NewEventId();
        var payload = Event(id, "customer.subscription.created", app.Now, Subscription(reader.CustomerId, "sub_sbx_far_future", "active", app.Now.AddDays(30)));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookApp.Secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));

        using var response = await app.PostAsync(payload, $"t={timestamp},v1={Convert.ToHexStringLower(mac)}");

        await AssertRefusedAsync(response, reason);
        Assert.Empty(await app.StoredEventsAsync(id));
    }

    [Fact]
    public async Task A_correctly_signed_event_created_beyond_any_date_is_refused_with_a_problem()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var id = NewEventId();
        var payload = Event(id, "customer.subscription.created", app.Now, Subscription(reader.CustomerId, "sub_sbx_created_far", "active", app.Now.AddDays(30)))
            .Replace($"\"created\":{app.Now.ToUnixTimeSeconds()}", "\"created\":9223372036854775807", StringComparison.Ordinal);
        Assert.Contains("9223372036854775807", payload, StringComparison.Ordinal);

        using var response = await app.DeliverAsync(payload);

        await AssertRefusedAsync(response, "malformed");
        Assert.Empty(await app.StoredEventsAsync(id));
    }

    [Fact]
    public async Task A_correctly_signed_body_that_is_not_json_is_refused()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var id = NewEventId();
        var payload = $$"""{"id": "{{id}}", "object": "event", "type": "customer.subscription.created", "data": {"object": """;

        using var response = await app.DeliverAsync(payload);

        await AssertRefusedAsync(response, "malformed");
        Assert.Empty(await app.StoredEventsAsync(id));
    }

    [Fact]
    public async Task An_event_of_a_type_we_do_not_handle_is_accepted_and_stored_and_changes_no_subscription()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var id = NewEventId();
        var payload = Event(id, "customer.subscription.trial_will_end", app.Now.AddSeconds(-5),
            Subscription(reader.CustomerId, "sub_sbx_trial", "active", app.Now.AddDays(30)));

        using var response = await app.DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Assert.Single(await app.ProcessedAsync(id));
        Assert.Null(stored.LastError);
        Assert.Empty(await app.SubscriptionsOfAsync(reader.UserId));
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_event_is_accepted_and_acted_on_once()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var periodEnd = app.Now.AddDays(30);
        await SubscribeAsync(reader, "sub_sbx_twice", periodEnd);
        var id = NewEventId();
        var failedAt = app.Now.AddSeconds(-5);
        var payload = Event(id, "invoice.payment_failed", failedAt, FailedInvoice(reader.CustomerId, "sub_sbx_twice", "in_sbx_twice", failedAt, periodEnd));

        using var first = await app.DeliverAsync(payload);
        using var second = await app.DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(await app.ProcessedAsync(id));
        await MailPickup.WaitForAsync(app, reader.Email, "We couldn't charge your card on file");
        Assert.Equal(1, MailPickup.CountTo(app, reader.Email));
        var invoice = Assert.Single(await app.InvoicesOfAsync(reader.UserId));
        Assert.Equal(1, invoice.FailedAttempts);
        Assert.Equal(SubscriptionStatus.PastDue, Assert.Single(await app.SubscriptionsOfAsync(reader.UserId)).Status);
    }

    [Fact]
    public async Task An_older_subscription_update_delivered_after_a_newer_one_does_not_undo_it()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var changedAt = app.Now.AddMinutes(-1);
        var newer = NewEventId();
        var older = NewEventId();

        using var newerResponse = await app.DeliverAsync(Event(newer, "customer.subscription.updated", changedAt.AddSeconds(10),
            Subscription(reader.CustomerId, "sub_sbx_order", "active", app.Now.AddDays(30))));
        await app.ProcessedAsync(newer);
        using var olderResponse = await app.DeliverAsync(Event(older, "customer.subscription.updated", changedAt,
            Subscription(reader.CustomerId, "sub_sbx_order", "past_due", app.Now.AddDays(30))));
        await app.ProcessedAsync(older);

        Assert.Equal(HttpStatusCode.OK, newerResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, olderResponse.StatusCode);
        var subscription = Assert.Single(await app.SubscriptionsOfAsync(reader.UserId));
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Null(subscription.PaymentFailedAt);
    }

    [Fact]
    public async Task An_event_stored_before_a_crash_is_processed_when_the_processor_next_looks()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();

        var id = await StoreAsync(Stored(SubscriptionChanged(reader, "sub_sbx_crash")));

        var subscription = Assert.Single(await Eventually.ReturnsAsync(
            () => app.SubscriptionsOfAsync(reader.UserId), s => s.Count > 0, "the stored event to be processed"));
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.NotNull(Assert.Single(await app.ProcessedAsync(id)).ProcessedAt);
    }

    [Fact]
    public async Task An_event_whose_processing_fails_does_not_hold_up_the_events_after_it()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var bad = Stored(SubscriptionChanged(reader, "sub_sbx_bad"));
        bad.Payload = """{"$kind": "SubscriptionChanged", "EventId": """;
        var badId = await StoreAsync(bad);
        try
        {
            await StoreAsync(Stored(SubscriptionChanged(reader, "sub_sbx_after_bad")));

            var failed = Assert.Single(await Eventually.ReturnsAsync(
                () => app.StoredEventsAsync(badId), rows => rows.All(r => r.Attempts > 0), "the failing event to be tried"));
            Assert.Null(failed.ProcessedAt);
            Assert.False(string.IsNullOrEmpty(failed.LastError));
            var subscription = Assert.Single(await Eventually.ReturnsAsync(
                () => app.SubscriptionsOfAsync(reader.UserId), s => s.Count > 0, "the event stored after the failing one to be applied", seconds: 30));
            Assert.Equal("sub_sbx_after_bad", subscription.ProviderSubscriptionId);
        }
        finally
        {
            // A row that can never be processed must not hold up the other tests sharing this app.
            await app.WithDbAsync(db => db.WebhookEvents.Where(e => e.EventId == badId).ExecuteDeleteAsync(CancellationToken.None));
        }
    }

    private async Task SubscribeAsync(WebhookCustomer reader, string subscriptionId, DateTimeOffset periodEnd)
    {
        var id = NewEventId();
        using var response = await app.DeliverAsync(Event(id, "customer.subscription.created", app.Now.AddMinutes(-1),
            Subscription(reader.CustomerId, subscriptionId, "active", periodEnd)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.ProcessedAsync(id);
    }

    private SubscriptionChanged SubscriptionChanged(WebhookCustomer reader, string subscriptionId) =>
        new(NewEventId(), app.Now.AddSeconds(-30), reader.CustomerId, subscriptionId, "price_sbx_unknown",
            SubscriptionStatus.Active, app.Now.AddDays(30), CancelAtPeriodEnd: false);

    /// <summary>The row the endpoint would have stored before the app went down.</summary>
    private WebhookEventRecord Stored(BillingEvent billingEvent) => new()
    {
        Provider = SandboxPaymentProvider.ProviderName,
        EventId = billingEvent.EventId,
        Type = billingEvent.GetType().Name,
        Payload = BillingEventJson.Write(billingEvent),
        ReceivedAt = app.Now,
    };

    private async Task<string> StoreAsync(WebhookEventRecord row)
    {
        await app.WithDbAsync(db =>
        {
            db.WebhookEvents.Add(row);
            return db.SaveChangesAsync(Cancel);
        });
        return row.EventId;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(Cancel);
        Assert.NotNull(problem);
        Assert.Equal(400, (int?)problem["status"]);
        Assert.Contains(reason, (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class WebhookEndpointOnSqlite(SqliteWebhookApp app) : WebhookEndpointTests(app), IClassFixture<SqliteWebhookApp>;

public sealed class WebhookEndpointOnPostgres(PostgresWebhookApp app) : WebhookEndpointTests(app), IClassFixture<PostgresWebhookApp>;
