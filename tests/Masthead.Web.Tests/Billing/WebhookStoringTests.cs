using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Masthead.Web.Tests.Billing.SandboxPayloads;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// Storing an accepted webhook: only an event already stored is a duplicate. An event that cannot
/// be stored is answered so the provider sends it again, and an id that cannot be stored is refused.
/// </summary>
public abstract class WebhookStoringTests(WebhookApp app)
{
    private const string RefusedPrefix = "evt_refused_";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_event_the_database_fails_to_store_is_answered_503_and_is_stored_when_the_provider_sends_it_again()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var id = RefusedPrefix + Guid.NewGuid().ToString("N");
        var payload = Event(id, "customer.subscription.created", app.Now.AddSeconds(-5), Subscription(reader.CustomerId, "sub_sbx_retried", "active", app.Now.AddDays(30)));

        await RefuseInsertsAsync(true);
        HttpResponseMessage failed;
        try
        {
            failed = await app.DeliverAsync(payload);
        }
        finally
        {
            await RefuseInsertsAsync(false);
        }

        using (failed)
        {
            var problem = await Problems.AssertAsync(failed, HttpStatusCode.ServiceUnavailable);
            Assert.DoesNotContain("refused by the test", problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(await app.StoredEventsAsync(id));
        using var again = await app.DeliverAsync(payload);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain("duplicate", await again.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Single(await app.ProcessedAsync(id));
        Assert.Equal("sub_sbx_retried", Assert.Single(await app.SubscriptionsOfAsync(reader.UserId)).ProviderSubscriptionId);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(1000)]
    [InlineData(0)]
    public async Task An_event_id_that_cannot_be_stored_is_refused_with_a_400_problem(int length)
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var reader = await app.NewCustomerAsync();
        var id = string.Concat("evt_", new string('x', Math.Max(0, length - 4)))[..length];
        var payload = Event(id, "customer.subscription.created", app.Now.AddSeconds(-5), Subscription(reader.CustomerId, "sub_sbx_long_id", "active", app.Now.AddDays(30)));

        using var response = await app.DeliverAsync(payload);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("event id", (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await app.StoredEventsAsync(id));
        Assert.Empty(await app.SubscriptionsOfAsync(reader.UserId));
    }

    [Fact]
    public async Task An_event_id_of_exactly_the_stored_length_is_accepted()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var id = ("evt_" + Guid.NewGuid().ToString("N")).PadRight(100, 'x');

        using var response = await app.DeliverAsync(Event(id, "customer.subscription.trial_will_end", app.Now.AddSeconds(-5), new() { ["id"] = "sub_sbx_edge" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.ProcessedAsync(id));
    }

    [Fact]
    public async Task The_same_event_delivered_eight_times_at_once_is_stored_once_and_every_delivery_is_answered_200()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var id = NewEventId();
        var payload = Event(id, "customer.subscription.trial_will_end", app.Now.AddSeconds(-5), new() { ["id"] = "sub_sbx_race" });

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.DeliverAsync(payload)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(await app.StoredEventsAsync(id));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Only_a_broken_unique_key_counts_as_a_unique_violation()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var id = NewEventId();
        await InsertAsync(id);

        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(id));
        await RefuseInsertsAsync(true);
        DbUpdateException refused;
        try
        {
            refused = await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(RefusedPrefix + Guid.NewGuid().ToString("N")));
        }
        finally
        {
            await RefuseInsertsAsync(false);
        }

        Assert.True(DatabaseErrors.IsUniqueViolation(duplicate));
        Assert.False(DatabaseErrors.IsUniqueViolation(refused));
    }

    private async Task InsertAsync(string eventId) => await app.WithDbAsync(db =>
    {
        db.WebhookEvents.Add(new WebhookEventRecord
        {
            Provider = SandboxPaymentProvider.ProviderName,
            EventId = eventId,
            Type = "IgnoredEvent",
            Payload = """{"$kind": "IgnoredEvent", "EventId": "x", "Created": "2030-01-01T00:00:00+00:00", "Type": "test"}""",
            ReceivedAt = app.Now,
            ProcessedAt = app.Now,
        });
        return db.SaveChangesAsync(Cancel);
    });

    /// <summary>
    /// Makes the database itself refuse to store events whose id starts with <see cref="RefusedPrefix"/>,
    /// as a full disk or a broken column would: a real failure that is not a duplicate.
    /// </summary>
    private async Task RefuseInsertsAsync(bool refuse) => await app.WithDbAsync(db => app.Provider == DatabaseProvider.Sqlite
        ? db.Database.ExecuteSqlRawAsync(refuse
            ? $"""CREATE TRIGGER refuse_test_events BEFORE INSERT ON "WebhookEvents" WHEN NEW."EventId" LIKE '{RefusedPrefix}%' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"""
            : "DROP TRIGGER IF EXISTS refuse_test_events;", Cancel)
        : db.Database.ExecuteSqlRawAsync(refuse
            ? $"""
              CREATE FUNCTION refuse_test_events() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN
                  IF NEW."EventId" LIKE '{RefusedPrefix}%' THEN RAISE EXCEPTION 'refused by the test'; END IF;
                  RETURN NEW;
              END $$;
              CREATE TRIGGER refuse_test_events BEFORE INSERT ON "WebhookEvents" FOR EACH ROW EXECUTE FUNCTION refuse_test_events();
              """
            : """DROP TRIGGER IF EXISTS refuse_test_events ON "WebhookEvents"; DROP FUNCTION IF EXISTS refuse_test_events();""", Cancel));
}

public sealed class WebhookStoringOnSqlite(SqliteWebhookApp app) : WebhookStoringTests(app), IClassFixture<SqliteWebhookApp>;

public sealed class WebhookStoringOnPostgres(PostgresWebhookApp app) : WebhookStoringTests(app), IClassFixture<PostgresWebhookApp>;
