using System.Net;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Features.Billing.Webhooks;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using static Masthead.Web.Tests.Billing.SandboxPayloads;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// We make the customer before checkout, but the provider's first webhook can overtake our own
/// commit. Such an event waits and is tried again with back-off, until the customer is there or
/// the processor's attempts run out — never dropped as if it had been applied.
/// </summary>
public abstract class WebhookUnknownCustomerTests(WebhookApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_event_for_a_customer_not_yet_stored_waits_and_is_applied_once_the_customer_exists()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var customerId = SandboxIds.New("cus");
        var id = NewEventId();
        var periodEnd = app.Now.AddDays(30);

        using var response = await app.DeliverAsync(Event(id, "customer.subscription.created", app.Now.AddSeconds(-5),
            Subscription(customerId, "sub_sbx_early", "active", periodEnd)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var waiting = Assert.Single(await Eventually.ReturnsAsync(
            () => app.StoredEventsAsync(id), rows => rows.All(r => r.Attempts > 0), "the event to be tried"));
        Assert.Null(waiting.ProcessedAt);
        Assert.Contains(customerId, waiting.LastError, StringComparison.Ordinal);
        Assert.True(waiting.NextAttemptAt > app.Now, "The event should wait before its next attempt.");

        var email = TestAccounts.NewEmail("late-customer");
        var userId = await TestAccounts.CreateConfirmedAsync(app, email);
        await app.WithDbAsync(db =>
        {
            db.BillingCustomers.Add(new BillingCustomer { UserId = userId, Provider = SandboxPaymentProvider.ProviderName, CustomerId = customerId });
            return db.SaveChangesAsync(Cancel);
        });
        await app.AdvanceClockAsync(TimeSpan.FromHours(2));
        app.Service<WebhookSignal>().Notify();

        var applied = Assert.Single(await app.ProcessedAsync(id));
        Assert.True(applied.Attempts > 1, "The event should have been applied on a later attempt.");
        var subscription = Assert.Single(await app.SubscriptionsOfAsync(userId));
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal("sub_sbx_early", subscription.ProviderSubscriptionId);
    }

    [Fact]
    public async Task An_event_whose_customer_never_appears_is_given_up_at_the_last_attempt_with_a_logged_error()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var customerId = SandboxIds.New("cus");
        var changed = new Masthead.Core.Billing.SubscriptionChanged(
            NewEventId(), app.Now.AddSeconds(-30), customerId, "sub_sbx_orphan", "price_sbx_unknown", SubscriptionStatus.Active, app.Now.AddDays(30), CancelAtPeriodEnd: false);
        await app.WithDbAsync(db =>
        {
            db.WebhookEvents.Add(new WebhookEventRecord
            {
                Provider = SandboxPaymentProvider.ProviderName,
                EventId = changed.EventId,
                Type = nameof(Masthead.Core.Billing.SubscriptionChanged),
                Payload = BillingEventJson.Write(changed),
                ReceivedAt = app.Now,
                Attempts = WebhookProcessor.MaxAttempts - 1,
            });
            return db.SaveChangesAsync(Cancel);
        });
        app.Service<WebhookSignal>().Notify();

        var given = Assert.Single(await Eventually.ReturnsAsync(
            () => app.StoredEventsAsync(changed.EventId), rows => rows.All(r => r.Attempts == WebhookProcessor.MaxAttempts), "the last attempt"));

        Assert.Null(given.ProcessedAt);
        Assert.Contains(customerId, given.LastError, StringComparison.Ordinal);
        var error = await Eventually.ReturnsAsync(
            () => Task.FromResult(app.Logs.Entries.FirstOrDefault(e => e.Level == LogLevel.Error && e.Message.Contains(changed.EventId, StringComparison.Ordinal))),
            e => e is not null, "the error to be logged");
        Assert.Contains("gave up", error!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(customerId, error.Message, StringComparison.Ordinal);
    }
}

public sealed class WebhookUnknownCustomerOnSqlite(SqliteWebhookApp app) : WebhookUnknownCustomerTests(app), IClassFixture<SqliteWebhookApp>;

public sealed class WebhookUnknownCustomerOnPostgres(PostgresWebhookApp app) : WebhookUnknownCustomerTests(app), IClassFixture<PostgresWebhookApp>;
