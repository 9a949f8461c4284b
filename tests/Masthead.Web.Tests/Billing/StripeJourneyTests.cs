using System.Net;
using System.Security.Cryptography;
using System.Text;
using AccessLevel = Masthead.Core.Paywall.AccessLevel;
using Masthead.Core.Subscriptions;
using Masthead.Web.Tests.Billing.Stripe;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// The sandbox journey's subscription states with Stripe as the provider: webhooks signed as Stripe
/// signs them, posted to /webhooks/stripe, carry a reader through checkout, a failed renewal, grace,
/// lock-out, recovery, cancellation and the end of the paid period, and the article page follows.
/// </summary>
public abstract class StripeJourneyTests(StripeJourneyApp app)
{
    private const string Article = "/articles/caldry-hospital-ransomware-attack";
    private const string PaymentFailed = "We couldn't charge your card on file";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reader_subscribes_lapses_recovers_and_cancels_with_access_following_every_Stripe_webhook()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var gated = (await DemoArticles.GatedAsync(app)).Single(a => a.Url == Article);
        Assert.Equal((AccessLevel.Subscribers, false), (gated.Level, gated.Metered));
        Assert.NotEmpty(gated.GatedSentences);
        var gatedSentence = gated.GatedSentences[0];

        using var anonymous = app.NewReader();
        Assert.Equal("Subscribe", PromptButton(await anonymous.GetAsync(Article)));
        using var reader = await app.NewCustomerAsync();
        var registered = await reader.Browser.GetAsync(Article);
        Assert.Equal(("Subscribe to keep reading", "Subscribe"), (Heading(registered), PromptButton(registered)));
        Assert.Null(registered.Document.QuerySelector(".paywalled-content"));

        // Checkout completes: Stripe creates the subscription and its first invoice is paid.
        var subscription = new SubscriptionAtStripe(reader, app.PriceId, app.Now);
        var events = new[]
        {
            await app.DeliverAsync("customer.subscription.created", subscription.Snapshot("active", period: 1)),
            await app.DeliverAsync("invoice.paid", subscription.Invoice(StripeIds.New("in"), period: 1, paid: true, attempts: 1, subscription.Started)),
        };
        var subscribed = await FullArticleAsync(reader, "access after checkout");
        Assert.Null(subscribed.Document.QuerySelector(".notice-warning"));
        Assert.Contains(gatedSentence, subscribed.DecodedHtml, StringComparison.Ordinal);
        await app.ProcessedAsync(events);
        var account = await reader.Browser.GetAsync("/account");
        Assert.Equal(StripeJourneyApp.PlanName, Fact(account, "Plan"));
        Assert.Equal("Active", Fact(account, "Status"));
        Assert.StartsWith("€8.50 on ", Fact(account, "Next payment"), StringComparison.Ordinal);
        await MailPickup.WaitForAsync(app, reader.Email, "receipt");

        await app.DeliverAsync("payment_method.attached", subscription.Card("mastercard", "4444", 11, 2033));
        await Eventually.ReturnsAsync(
            () => reader.Browser.GetAsync("/account"), p => Fact(p, "Card on file") == "Mastercard ending 4444, expires 11/2033", "the card on file");

        // A month on, Stripe renews: the charge fails and the subscription goes past due.
        app.Clock.SetUtcNow(subscription.PeriodEnd(1).AddHours(1));
        var renewal = StripeIds.New("in");
        events =
        [
            await app.DeliverAsync("invoice.payment_failed", subscription.Invoice(renewal, period: 2, paid: false, attempts: 1, subscription.PeriodEnd(1), app.Now.AddDays(3))),
            await app.DeliverAsync("customer.subscription.updated", subscription.Snapshot("past_due", period: 2)),
        ];
        var inGrace = await Eventually.ReturnsAsync(
            () => reader.Browser.GetAsync(Article), p => p.Document.QuerySelector(".notice-warning") is not null, "the payment-failed banner");
        Assert.NotNull(inGrace.Document.QuerySelector(".paywalled-content"));
        await MailPickup.WaitForAsync(app, reader.Email, PaymentFailed);
        await app.ProcessedAsync(events);
        Assert.Equal("Payment failed", Fact(await reader.Browser.GetAsync("/account"), "Status"));

        app.Clock.Advance(TimeSpan.FromDays(8));
        var locked = await reader.Browser.GetAsync(Article);
        Assert.Equal(PaymentFailed, Heading(locked));
        Assert.Null(locked.Document.QuerySelector(".paywalled-content"));
        Assert.DoesNotContain(gatedSentence, locked.DecodedHtml, StringComparison.Ordinal);

        // The reader updates the card in Stripe's portal; Stripe retries the invoice at once and it is paid.
        var portal = await PostAccountButtonAsync(reader.Browser, "card");
        Assert.Equal("billing.stripe.com", portal.Location?.Host);
        Assert.Contains(app.StripeApi.Requests, r => r.Path == "/v1/billing_portal/sessions" && r.Form.GetValueOrDefault("customer") == reader.CustomerId);
        events =
        [
            await app.DeliverAsync("payment_method.attached", subscription.Card("visa", "4242", 8, 2034)),
            await app.DeliverAsync("invoice.paid", subscription.Invoice(renewal, period: 2, paid: true, attempts: 2, subscription.PeriodEnd(1))),
            await app.DeliverAsync("customer.subscription.updated", subscription.Snapshot("active", period: 2)),
        ];
        var restored = await FullArticleAsync(reader, "access after the card update");
        Assert.Null(restored.Document.QuerySelector(".notice-warning"));
        await app.ProcessedAsync(events);
        account = await reader.Browser.GetAsync("/account");
        Assert.Equal(("Active", "Visa ending 4242, expires 08/2034"), (Fact(account, "Status"), Fact(account, "Card on file")));
        Assert.Null(account.Document.QuerySelector(".notice-warning"));

        // The reader cancels on the account page; the site asks Stripe, and Stripe confirms by webhook.
        var cancelled = await reader.Browser.FollowAsync(await PostAccountButtonAsync(reader.Browser, "cancel"));
        Assert.Contains("You keep full access until", cancelled.DecodedHtml, StringComparison.Ordinal);
        var cancelRequest = Assert.Single(app.StripeApi.Requests, r => r.Path == $"/v1/subscriptions/{subscription.Id}");
        Assert.Equal("true", cancelRequest.Form.GetValueOrDefault("cancel_at_period_end"));
        var cancelledAt = app.Now;
        await app.DeliverAsync("customer.subscription.updated", subscription.Snapshot("active", period: 2, cancelAtPeriodEnd: true, canceledAt: cancelledAt));
        await Eventually.ReturnsAsync(
            () => reader.Browser.GetAsync("/account"), p => Fact(p, "Status")?.StartsWith("Cancelled — access until", StringComparison.Ordinal) == true, "the cancellation");
        Assert.NotNull((await reader.Browser.GetAsync(Article)).Document.QuerySelector(".paywalled-content"));

        // The paid period ends; Stripe ends the subscription, and the reader comes back an hour later.
        app.Clock.SetUtcNow(subscription.PeriodEnd(2));
        var deleted = await app.DeliverAsync(
            "customer.subscription.deleted", subscription.Snapshot("canceled", period: 2, cancelAtPeriodEnd: true, canceledAt: cancelledAt, endedAt: app.Now));
        app.Clock.Advance(TimeSpan.FromHours(1));
        var ended = await Eventually.ReturnsAsync(
            () => reader.Browser.GetAsync(Article), p => p.Document.QuerySelector(".paywall-prompt") is not null, "the end of the paid period");
        Assert.Equal(("Your subscription has ended", "Resubscribe"), (Heading(ended), PromptButton(ended)));
        Assert.Null(ended.Document.QuerySelector(".paywalled-content"));
        await app.ProcessedAsync(deleted);
        Assert.Equal("Ended", Fact(await reader.Browser.GetAsync("/account"), "Status"));
    }

    [Fact]
    public async Task A_past_due_update_that_arrives_after_the_later_active_update_takes_nothing_away()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var reader = await app.NewCustomerAsync();
        var subscription = new SubscriptionAtStripe(reader, app.PriceId, app.Now);
        await app.ProcessedAsync(await app.DeliverAsync("customer.subscription.created", subscription.Snapshot("active", period: 1)));

        // At renewal the charge failed (past due) and, twenty minutes later, the retry succeeded (active);
        // Stripe delivers the second change first.
        var failedAt = subscription.PeriodEnd(1).AddHours(1);
        var recoveredAt = failedAt.AddMinutes(20);
        app.Clock.SetUtcNow(recoveredAt.AddSeconds(5));
        await app.ProcessedAsync(await app.DeliverAsync("customer.subscription.updated", subscription.Snapshot("active", period: 2), recoveredAt));
        await app.ProcessedAsync(await app.DeliverAsync("customer.subscription.updated", subscription.Snapshot("past_due", period: 2), failedAt));

        var record = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.UserId == reader.UserId, Cancel));
        Assert.Equal((SubscriptionStatus.Active, (DateTimeOffset?)null, subscription.PeriodEnd(2)), (record.Status, record.PaymentFailedAt, record.CurrentPeriodEnd));
        var page = await reader.Browser.GetAsync(Article);
        Assert.NotNull(page.Document.QuerySelector(".paywalled-content"));
        Assert.Null(page.Document.QuerySelector(".notice-warning"));
        Assert.Equal("Active", Fact(await reader.Browser.GetAsync("/account"), "Status"));

        // No grace period was started either: a week and a day on, the reader still reads in full.
        app.Clock.Advance(TimeSpan.FromDays(8));
        Assert.NotNull((await reader.Browser.GetAsync(Article)).Document.QuerySelector(".paywalled-content"));
    }

    [Fact]
    public async Task A_failed_renewal_delivered_twice_is_acted_on_once_and_mails_the_reader_once()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var reader = await app.NewCustomerAsync();
        var subscription = new SubscriptionAtStripe(reader, app.PriceId, app.Now);
        await app.ProcessedAsync(
            await app.DeliverAsync("customer.subscription.created", subscription.Snapshot("active", period: 1)),
            await app.DeliverAsync("invoice.paid", subscription.Invoice(StripeIds.New("in"), period: 1, paid: true, attempts: 1, subscription.Started)));

        app.Clock.SetUtcNow(subscription.PeriodEnd(1).AddHours(1));
        var renewal = StripeIds.New("in");
        var eventId = StripeIds.New("evt");
        var payload = StripeFixtures.Event(
            "invoice.payment_failed", subscription.Invoice(renewal, period: 2, paid: false, attempts: 1, subscription.PeriodEnd(1), app.Now.AddDays(3)), app.Now, eventId);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        using var first = await app.PostWebhookAsync(payload);
        await app.ProcessedAsync(eventId);
        // Stripe delivers again when it did not hear back in time, signing the same body anew.
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        using var second = await app.PostWebhookAsync(payload);
        await app.ProcessedAsync(await app.DeliverAsync("customer.subscription.updated", subscription.Snapshot("past_due", period: 2)));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Contains("\"duplicate\":true", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.WebhookEvents.CountAsync(e => e.EventId == eventId, Cancel)));
        var invoice = await app.WithDbAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.InvoiceId == renewal, Cancel));
        Assert.Equal(1, invoice.FailedAttempts);
        var page = await reader.Browser.GetAsync(Article);
        Assert.NotNull(page.Document.QuerySelector(".paywalled-content"));
        Assert.NotNull(page.Document.QuerySelector(".notice-warning"));
        await MailPickup.WaitForAsync(app, reader.Email, PaymentFailed);
        Assert.Equal(1, MailsAbout(reader.Email, PaymentFailed));
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("-99999999999999")]
    public async Task A_Stripe_webhook_whose_signature_time_is_beyond_any_date_is_refused_with_a_400_problem(string timestamp)
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var eventId = StripeIds.New("evt");
        var payload = StripeFixtures.Event("customer.subscription.updated", StripeFixtures.Subscription(), app.Now, eventId);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(StripeFixtures.WebhookSecret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));

        using var response = await app.PostWebhookAsync(payload, $"t={timestamp},v1={Convert.ToHexStringLower(mac)}");

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.False(await app.WithDbAsync(db => db.WebhookEvents.AnyAsync(e => e.EventId == eventId, Cancel)));
    }

    private static Task<Page> FullArticleAsync(StripeReader reader, string what) =>
        Eventually.ReturnsAsync(() => reader.Browser.GetAsync(Article), p => p.Document.QuerySelector(".paywalled-content") is not null, what);

    private static string? Heading(Page page) => page.Document.QuerySelector(".paywall-prompt h2")?.TextContent;

    private static string? PromptButton(Page page) => page.Document.QuerySelector(".paywall-prompt a.button")?.TextContent;

    /// <summary>The value beside <paramref name="name"/> in the account page's facts.</summary>
    private static string? Fact(Page page, string name) =>
        page.Document.QuerySelectorAll("dl.facts dt").FirstOrDefault(dt => dt.TextContent.Trim() == name)?.NextElementSibling?.TextContent.Trim();

    /// <summary>Posts one of the account page's billing buttons and returns the redirect, unfollowed.</summary>
    private static async Task<Page> PostAccountButtonAsync(Reader reader, string handler)
    {
        var account = await reader.GetAsync("/account");
        var result = await reader.PostAsync($"/billing/manage?handler={handler}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(account.Html),
        });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        return result;
    }

    private int MailsAbout(string to, string subject)
    {
        var count = 0;
        foreach (var file in Directory.GetFiles(app.MailPickup, "*.eml"))
        {
            using var message = MimeMessage.Load(file);
            if (message.To.Mailboxes.Any(m => m.Address == to) && (message.Subject ?? "").Contains(subject, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}

public sealed class StripeJourneyOnSqlite(SqliteStripeJourneyApp app) : StripeJourneyTests(app), IClassFixture<SqliteStripeJourneyApp>;

public sealed class StripeJourneyOnPostgres(PostgresStripeJourneyApp app) : StripeJourneyTests(app), IClassFixture<PostgresStripeJourneyApp>;
