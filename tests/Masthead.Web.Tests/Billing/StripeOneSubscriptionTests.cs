using System.Net;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Stripe;
using Masthead.Web.Tests.Billing.Stripe;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// One live subscription per reader with Stripe, which lets a customer hold two: a second one is
/// ended and refunded as soon as its webhook arrives, checkouts left open in other tabs expire, and
/// cancelling stops every subscription the reader holds.
/// </summary>
public abstract class StripeOneSubscriptionTests(StripeJourneyApp app)
{
    private const string Article = "/articles/caldry-hospital-ransomware-attack";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_live_subscription_is_cancelled_at_once_its_payment_refunded_and_the_reader_told()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var reader = await app.NewCustomerAsync();
        var first = new SubscriptionAtStripe(reader, app.PriceId, app.Now);
        var second = new SubscriptionAtStripe(reader, app.PriceId, app.Now);
        var (firstInvoice, secondInvoice) = (StripeIds.New("in"), StripeIds.New("in"));

        var events = new[]
        {
            await app.DeliverAsync("customer.subscription.created", first.Snapshot("active", period: 1)),
            await app.DeliverAsync("invoice.paid", first.Invoice(firstInvoice, period: 1, paid: true, attempts: 1, first.Started)),
            await app.DeliverAsync("invoice.paid", second.Invoice(secondInvoice, period: 1, paid: true, attempts: 1, second.Started)),
            await app.DeliverAsync("customer.subscription.created", second.Snapshot("active", period: 1)),
        };
        await app.ProcessedAsync(events);

        var calls = app.StripeApi.Requests;
        Assert.Contains(calls, r => r.Method == "DELETE" && r.Path == $"/v1/subscriptions/{second.Id}");
        Assert.DoesNotContain(calls, r => r.Method == "DELETE" && r.Path == $"/v1/subscriptions/{first.Id}");
        var refund = Assert.Single(calls, r => r.Method == "POST" && r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("payment_intent") == FakeStripeServer.PaymentIntentOf(secondInvoice));
        Assert.NotNull(refund.IdempotencyKey);
        Assert.DoesNotContain(calls, r => r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("payment_intent") == FakeStripeServer.PaymentIntentOf(firstInvoice));

        var records = await app.WithDbAsync(db => db.Subscriptions.AsNoTracking().Where(s => s.UserId == reader.UserId).OrderBy(s => s.Id).ToListAsync(Cancel));
        Assert.Equal([first.Id, second.Id], records.Select(s => s.ProviderSubscriptionId));
        Assert.Null(records[0].DuplicateOfId);
        Assert.Equal(records[0].Id, records[1].DuplicateOfId);
        var invoice = await app.WithDbAsync(db => db.Invoices.AsNoTracking().SingleAsync(i => i.InvoiceId == secondInvoice, Cancel));
        Assert.NotNull(invoice.RefundedAt);

        await MailPickup.WaitForAsync(app, reader.Email, "We cancelled your second subscription");
        var account = await reader.Browser.GetAsync("/account");
        Assert.Contains("We cancelled it straight away and refunded anything it charged", account.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Refunded", account.Document.QuerySelector("table.invoices")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await reader.Browser.GetAsync(Article)).Document.QuerySelector(".paywalled-content"));
    }

    [Fact]
    public async Task A_duplicate_whose_payment_arrives_after_it_was_ended_is_refunded_once_even_when_the_event_comes_again()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var reader = await app.NewCustomerAsync();
        var first = new SubscriptionAtStripe(reader, app.PriceId, app.Now);
        var second = new SubscriptionAtStripe(reader, app.PriceId, app.Now);
        var secondInvoice = StripeIds.New("in");
        var paid = second.Invoice(secondInvoice, period: 1, paid: true, attempts: 1, second.Started);

        var events = new[]
        {
            await app.DeliverAsync("customer.subscription.created", first.Snapshot("active", period: 1)),
            await app.DeliverAsync("customer.subscription.created", second.Snapshot("active", period: 1)),
            await app.DeliverAsync("invoice.paid", paid),
            await app.DeliverAsync("invoice.paid", paid.DeepClone().AsObject()),
        };
        await app.ProcessedAsync(events);

        Assert.Single(app.StripeApi.Requests, r => r.Method == "POST" && r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("payment_intent") == FakeStripeServer.PaymentIntentOf(secondInvoice));
        Assert.Single(app.StripeApi.Refunds, r => r["payment_intent"]?.GetValue<string>() == FakeStripeServer.PaymentIntentOf(secondInvoice));
    }

    [Fact]
    public async Task Starting_a_checkout_expires_the_checkout_the_reader_left_open_in_another_tab()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var reader = await app.NewCustomerAsync();

        var firstTab = await StartCheckoutAsync(reader);
        var secondTab = await StartCheckoutAsync(reader);

        Assert.NotEqual(firstTab, secondTab);
        var firstSession = firstTab.Split('/')[^1];
        var secondSession = secondTab.Split('/')[^1];
        var calls = app.StripeApi.Requests;
        Assert.Contains(calls, r => r.Method == "POST" && r.Path == $"/v1/checkout/sessions/{firstSession}/expire");
        Assert.DoesNotContain(calls, r => r.Path == $"/v1/checkout/sessions/{secondSession}/expire");
    }

    [Fact]
    public async Task Cancelling_stops_every_live_subscription_the_reader_holds()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var reader = await app.NewCustomerAsync();
        var ids = new[] { StripeIds.New("sub"), StripeIds.New("sub") };
        await app.WithDbAsync(db =>
        {
            foreach (var id in ids)
            {
                db.Subscriptions.Add(new SubscriptionRecord
                {
                    UserId = reader.UserId,
                    PlanName = StripeJourneyApp.PlanName,
                    Provider = StripePaymentProvider.ProviderName,
                    ProviderSubscriptionId = id,
                    Status = SubscriptionStatus.Active,
                    CurrentPeriodEnd = app.Now.AddDays(20),
                    CreatedAt = app.Now,
                    UpdatedAt = app.Now,
                });
            }

            return db.SaveChangesAsync(Cancel);
        });

        var cancelled = await PostAccountButtonAsync(reader, "cancel");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        foreach (var id in ids)
        {
            Assert.Contains(app.StripeApi.Requests, r => r.Path == $"/v1/subscriptions/{id}" && r.Form.GetValueOrDefault("cancel_at_period_end") == "true");
        }
    }

    private static async Task<string> StartCheckoutAsync(StripeReader reader)
    {
        var page = await reader.Browser.GetAsync($"/subscribe?returnUrl={Uri.EscapeDataString(Article)}");
        var form = page.Document.QuerySelectorAll("section.plan")
            .First(s => s.QuerySelector("h2")!.TextContent == StripeJourneyApp.PlanName)
            .QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["__RequestVerificationToken"] = Infrastructure.Reader.AntiforgeryToken(page.Html);
        var redirect = await reader.Browser.PostAsync("/subscribe", fields);
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        return redirect.Location!.ToString();
    }

    private static async Task<Page> PostAccountButtonAsync(StripeReader reader, string handler)
    {
        var account = await reader.Browser.GetAsync("/account");
        return await reader.Browser.PostAsync($"/billing/manage?handler={handler}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Infrastructure.Reader.AntiforgeryToken(account.Html),
        });
    }
}

public sealed class StripeOneSubscriptionOnSqlite(SqliteStripeJourneyApp app) : StripeOneSubscriptionTests(app), IClassFixture<SqliteStripeJourneyApp>;

public sealed class StripeOneSubscriptionOnPostgres(PostgresStripeJourneyApp app) : StripeOneSubscriptionTests(app), IClassFixture<PostgresStripeJourneyApp>;
