using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Stripe;
using Masthead.Web.Tests.Billing.Stripe;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// The app with Stripe as its provider, on a fake clock the tests move, with a fake Stripe API
/// behind the account page's buttons. Webhooks are posted by the tests, signed as Stripe signs them.
/// </summary>
public abstract class StripeJourneyApp : MastheadApp
{
    public const string PlanName = "Digital via Stripe";

    private FakeStripeServer? stripe;

    /// <summary>The site's time, years from the machine's, so nothing can pass by reading the real clock.</summary>
    public FakeTimeProvider Clock { get; } = new(StripeFixtures.Now);

    public DateTimeOffset Now => Clock.GetUtcNow();

    public FakeStripeServer StripeApi => stripe ?? throw new InvalidOperationException("The fake Stripe starts with the app.");

    /// <summary>The monthly price of <see cref="PlanName"/> in Stripe's dashboard.</summary>
    public string PriceId { get; } = StripeIds.New("price");

    public override async ValueTask InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        stripe = await FakeStripeServer.StartAsync();
        await base.InitializeAsync();
        await WithDbAsync(db =>
        {
            db.Plans.Add(new Plan
            {
                Name = PlanName,
                MonthlyAmountMinor = 850,
                Currency = "EUR",
                Position = 10,
                StripeMonthlyPriceId = PriceId,
                CreatedAt = Now,
            });
            return db.SaveChangesAsync(CancellationToken.None);
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Billing:Provider", "Stripe");
        builder.UseSetting("Billing:Stripe:ApiKey", StripeFixtures.ApiKey);
        builder.UseSetting("Billing:Stripe:WebhookSecret", StripeFixtures.WebhookSecret);
        builder.UseSetting("Billing:Stripe:ApiBase", StripeApi.ApiBase);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A signed-in reader linked to a Stripe customer, as the subscribe page leaves them before checkout.</summary>
    public async Task<StripeReader> NewCustomerAsync()
    {
        var email = TestAccounts.NewEmail("stripe");
        var userId = await TestAccounts.CreateConfirmedAsync(this, email);
        var customerId = StripeIds.New("cus", 14);
        await WithDbAsync(db =>
        {
            db.BillingCustomers.Add(new BillingCustomer { UserId = userId, Provider = StripePaymentProvider.ProviderName, CustomerId = customerId });
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var reader = NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return new StripeReader(reader, userId, email, customerId);
    }

    /// <summary>POSTs a webhook body to /webhooks/stripe, signed now by the site's clock (unless <paramref name="signature"/> is given), as Stripe delivers it.</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(string payload, string? signature = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Stripe-Signature", signature ?? StripeFixtures.Sign(payload, Now));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Delivers an event that happened at <paramref name="created"/> (now by default); the clock moves a second, as delivery takes.</summary>
    public async Task<string> DeliverAsync(string type, JsonObject dataObject, DateTimeOffset? created = null)
    {
        var id = StripeIds.New("evt");
        var payload = StripeFixtures.Event(type, dataObject, created ?? Now, id);
        Clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await PostWebhookAsync(payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return id;
    }

    /// <summary>Waits for the webhook processor to have acted on every one of the events; a timeout names the errors met.</summary>
    public async Task ProcessedAsync(params string[] eventIds)
    {
        try
        {
            await Eventually.ReturnsAsync(
                () => WithDbAsync(db => db.WebhookEvents.AsNoTracking()
                    .CountAsync(e => eventIds.Contains(e.EventId) && e.ProcessedAt != null, TestContext.Current.CancellationToken)),
                processed => processed == eventIds.Length,
                $"events {string.Join(", ", eventIds)} to be processed");
        }
        catch (TimeoutException timeout)
        {
            var errors = await WithDbAsync(db => db.WebhookEvents.AsNoTracking()
                .Where(e => eventIds.Contains(e.EventId) && e.LastError != null).Select(e => e.Type + ": " + e.LastError).ToListAsync());
            throw new TimeoutException($"{timeout.Message} Errors: {string.Join(" | ", errors)}", timeout);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (stripe is not null)
        {
            await stripe.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A reader's browser, and who they are to us and to Stripe.</summary>
public sealed record StripeReader(Reader Browser, string UserId, string Email, string CustomerId) : IDisposable
{
    public void Dispose() => Browser.Dispose();
}

/// <summary>
/// One subscription as Stripe describes it in webhooks: Stripe's example objects (see
/// StripeFixtures) with this reader's ids, our price, monthly periods from <paramref name="Started"/>.
/// </summary>
public sealed record SubscriptionAtStripe(StripeReader Reader, string PriceId, DateTimeOffset Started)
{
    public const long MonthlyAmount = 850;

    public string Id { get; } = StripeIds.New("sub");

    /// <summary>The end of the <paramref name="period"/>th paid month (the first is 1).</summary>
    public DateTimeOffset PeriodEnd(int period) => Started.AddMonths(period);

    public JsonObject Snapshot(string status, int period, bool cancelAtPeriodEnd = false, DateTimeOffset? canceledAt = null, DateTimeOffset? endedAt = null)
    {
        var subscription = StripeFixtures.Subscription(status, Id, Reader.CustomerId, PriceId, PeriodEnd(period), cancelAtPeriodEnd);
        foreach (var field in new[] { "created", "start_date", "billing_cycle_anchor" })
        {
            subscription[field] = Started.ToUnixTimeSeconds();
        }

        subscription["currency"] = "eur";
        subscription["cancel_at"] = cancelAtPeriodEnd ? PeriodEnd(period).ToUnixTimeSeconds() : null;
        subscription["canceled_at"] = canceledAt?.ToUnixTimeSeconds();
        subscription["ended_at"] = endedAt?.ToUnixTimeSeconds();
        subscription["items"]!["data"]![0]!["current_period_start"] = PeriodEnd(period - 1).ToUnixTimeSeconds();
        return subscription;
    }

    /// <summary>The invoice for the <paramref name="period"/>th month, after <paramref name="attempts"/> charges, the last of which succeeded when <paramref name="paid"/>.</summary>
    public JsonObject Invoice(string invoiceId, int period, bool paid, int attempts, DateTimeOffset created, DateTimeOffset? nextAttempt = null)
    {
        var invoice = StripeFixtures.Invoice(MonthlyAmount, paid ? MonthlyAmount : 0, "eur", $"MH{Id[^6..].ToUpperInvariant()}-{period:0000}", PeriodEnd(period));
        invoice["id"] = invoiceId;
        invoice["customer"] = Reader.CustomerId;
        invoice["customer_email"] = Reader.Email;
        invoice["parent"]!["subscription_details"]!["subscription"] = Id;
        invoice["lines"]!["data"]![0]!["period"]!["start"] = PeriodEnd(period - 1).ToUnixTimeSeconds();
        invoice["billing_reason"] = period == 1 ? "subscription_create" : "subscription_cycle";
        invoice["status"] = paid ? "paid" : "open";
        invoice["amount_remaining"] = paid ? 0 : MonthlyAmount;
        invoice["attempted"] = attempts > 0;
        invoice["attempt_count"] = attempts;
        invoice["next_payment_attempt"] = nextAttempt?.ToUnixTimeSeconds();
        invoice["created"] = created.ToUnixTimeSeconds();
        return invoice;
    }

    public JsonObject Card(string brand, string last4, int expMonth, int expYear)
    {
        var paymentMethod = StripeFixtures.PaymentMethod(Reader.CustomerId);
        paymentMethod["id"] = StripeIds.New("pm");
        paymentMethod["card"]!["brand"] = brand;
        paymentMethod["card"]!["display_brand"] = brand;
        paymentMethod["card"]!["last4"] = last4;
        paymentMethod["card"]!["exp_month"] = expMonth;
        paymentMethod["card"]!["exp_year"] = expYear;
        paymentMethod["billing_details"]!["email"] = Reader.Email;
        return paymentMethod;
    }
}

/// <summary>Ids in Stripe's shape: a prefix and random base-62 characters.</summary>
public static class StripeIds
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string New(string prefix, int length = 24) => $"{prefix}_1{RandomNumberGenerator.GetString(Base62, length - 1)}";
}

public sealed class SqliteStripeJourneyApp : StripeJourneyApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;
}

public sealed class PostgresStripeJourneyApp : StripeJourneyApp
{
    private readonly PostgresDatabase database = new();

    public PostgresStripeJourneyApp() => UnavailableReason = database.UnavailableReason;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? ConnectionString => database.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await database.DropAsync(this);
        await base.DisposeAsync();
    }
}
