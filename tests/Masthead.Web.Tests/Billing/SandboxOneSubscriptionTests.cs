using System.Net;
using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Features.Billing;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// One live subscription per reader with the sandbox: double clicks, two tabs and checkouts paid at
/// the same moment end with one subscription and one charge.
/// </summary>
public abstract class SandboxOneSubscriptionTests(BillingApp app)
{
    private const string Article = "/articles/caldry-hospital-ransomware-attack";
    private const string GoodCard = "4242 4242 4242 4242";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_double_click_on_subscribe_then_paying_both_checkouts_makes_one_subscription_and_one_charge()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var (reader, userId) = await NewReaderAsync();
        var fields = await PlanFormAsync(reader);

        var clicks = await Task.WhenAll(reader.PostAsync("/subscribe", fields), reader.PostAsync("/subscribe", fields));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.Status));
        var checkouts = await Task.WhenAll(clicks.Select(reader.FollowAsync));
        var outcomes = await Task.WhenAll(checkouts.Select(c => c.Document.QuerySelector("form.sandbox-form") is null ? Task.FromResult(c) : PayAsync(reader, c)));
        Assert.Single(outcomes, p => p.Status == HttpStatusCode.Redirect);
        Assert.Single(outcomes, Refused);
        await AssertOneSubscriptionAndOneChargeAsync(userId);
    }

    [Fact]
    public async Task Of_two_tabs_only_the_checkout_started_last_can_be_paid()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var (reader, userId) = await NewReaderAsync();

        var firstTab = await reader.FollowAsync(await reader.PostAsync("/subscribe", await PlanFormAsync(reader)));
        var secondTab = await reader.FollowAsync(await reader.PostAsync("/subscribe", await PlanFormAsync(reader)));

        var expired = await PayAsync(reader, firstTab);
        Assert.Equal(HttpStatusCode.OK, expired.Status);
        Assert.Contains(SandboxBilling.ExpiredMessage, expired.DecodedHtml, StringComparison.Ordinal);
        Assert.Null(expired.Document.QuerySelector("form.sandbox-form"));
        Assert.Contains(SandboxBilling.ExpiredMessage, (await reader.GetAsync(firstTab.Path)).DecodedHtml, StringComparison.Ordinal);
        var paid = await PayAsync(reader, secondTab);
        Assert.Equal(HttpStatusCode.Redirect, paid.Status);
        await AssertOneSubscriptionAndOneChargeAsync(userId);
        await Eventually.ReturnsAsync(() => reader.GetAsync(Article), p => p.Document.QuerySelector(".paywalled-content") is not null, "access after paying");
    }

    [Fact]
    public async Task Two_open_checkouts_paid_at_the_same_moment_make_one_subscription_and_one_charge()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var (reader, userId) = await NewReaderAsync();
        var (first, second) = await TwoOpenCheckoutsAsync(reader, userId);
        var pages = await Task.WhenAll(reader.GetAsync(first), reader.GetAsync(second));

        var paid = await Task.WhenAll(pages.Select(p => PayAsync(reader, p)));

        Assert.Single(paid, p => p.Status == HttpStatusCode.Redirect);
        Assert.True(Refused(Assert.Single(paid, p => p.Status == HttpStatusCode.OK)));
        await AssertOneSubscriptionAndOneChargeAsync(userId);
    }

    [Fact]
    public async Task Two_checkouts_paid_at_the_same_moment_on_two_nodes_make_one_subscription_and_one_charge()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var (reader, userId) = await NewReaderAsync();
        var (first, second) = await TwoOpenCheckoutsAsync(reader, userId);
        await using var otherNode = app.SecondNode();
        using var onFirstNode = app.NewReader();
        using var onOtherNode = otherNode.NewReader();
        var pages = await Task.WhenAll(onFirstNode.GetAsync(first), onOtherNode.GetAsync(second));

        var paid = await Task.WhenAll(PayAsync(onFirstNode, pages[0]), PayAsync(onOtherNode, pages[1]));

        Assert.Single(paid, p => p.Status == HttpStatusCode.Redirect);
        Assert.True(Refused(Assert.Single(paid, p => p.Status == HttpStatusCode.OK)));
        await AssertOneSubscriptionAndOneChargeAsync(userId);
    }

    [Fact]
    public async Task A_double_click_on_pay_charges_once()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var (reader, userId) = await NewReaderAsync();
        var checkout = await reader.FollowAsync(await reader.PostAsync("/subscribe", await PlanFormAsync(reader)));

        var paid = await Task.WhenAll(PayAsync(reader, checkout), PayAsync(reader, checkout));

        Assert.All(paid, p => Assert.Equal(HttpStatusCode.Redirect, p.Status));
        await AssertOneSubscriptionAndOneChargeAsync(userId);
    }

    [Fact]
    public async Task A_reader_who_already_subscribes_is_sent_to_their_account_instead_of_a_checkout()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var (reader, userId) = await NewReaderAsync();
        await TestAccounts.AddSubscriptionAsync(app, userId, SubscriptionStatus.Active, app.Now.AddDays(20));

        var again = await reader.PostAsync("/subscribe", await PlanFormAsync(reader));

        Assert.Equal("/account", again.Location?.OriginalString);
        Assert.Contains("You already have a subscription", (await reader.FollowAsync(again)).DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SandboxCheckout>().CountAsync(c => db.BillingCustomers.Any(b => b.UserId == userId && b.CustomerId == c.CustomerId), Cancel)));
    }

    [Fact]
    public async Task The_return_page_answers_at_once_for_a_reader_who_did_not_go_to_checkout()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var (reader, _) = await NewReaderAsync();
        var started = DateTime.UtcNow;

        var page = await reader.GetAsync("/billing/return?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    /// <summary>The checkout page says it cannot be paid: it expired, or the reader subscribed meanwhile.</summary>
    private static bool Refused(Page page) =>
        page.DecodedHtml.Contains(SandboxBilling.ExpiredMessage, StringComparison.Ordinal)
        || page.DecodedHtml.Contains(SandboxBilling.AlreadySubscribedMessage, StringComparison.Ordinal);

    private async Task AssertOneSubscriptionAndOneChargeAsync(string userId)
    {
        await app.WithDbAsync(async db =>
        {
            var customer = await db.BillingCustomers.AsNoTracking().SingleAsync(c => c.UserId == userId, Cancel);
            var subscriptions = await db.Set<SandboxSubscription>().AsNoTracking().Where(s => s.CustomerId == customer.CustomerId).ToListAsync(Cancel);
            Assert.Single(subscriptions);
            var invoices = await db.Set<SandboxInvoice>().AsNoTracking().Where(i => i.CustomerId == customer.CustomerId).ToListAsync(Cancel);
            var invoice = Assert.Single(invoices);
            Assert.True(invoice.Paid);
            Assert.Equal(1, await db.Set<SandboxPaymentAttempt>().CountAsync(a => a.InvoiceId == invoice.Id && a.Succeeded, Cancel));
        });
        var live = await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(Cancel)),
            s => s.Count > 0, "the subscription to reach the site");
        Assert.Single(live, s => s.Status.IsLive());
    }

    private async Task<(Reader Reader, string UserId)> NewReaderAsync()
    {
        var email = TestAccounts.NewEmail("once");
        var userId = await TestAccounts.CreateConfirmedAsync(app, email);
        var reader = app.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return (reader, userId);
    }

    private static async Task<Dictionary<string, string>> PlanFormAsync(Reader reader)
    {
        var page = await reader.GetAsync($"/subscribe?returnUrl={Uri.EscapeDataString(Article)}");
        var form = page.Document.QuerySelectorAll("section.plan").First(s => s.QuerySelector("h2")!.TextContent == "Digital").QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["__RequestVerificationToken"] = Reader.AntiforgeryToken(page.Html);
        return fields;
    }

    /// <summary>Two checkouts of the reader both open, as when two nodes start them in the same instant.</summary>
    private async Task<(string First, string Second)> TwoOpenCheckoutsAsync(Reader reader, string userId)
    {
        await reader.PostAsync("/subscribe", await PlanFormAsync(reader));
        var customerId = await app.WithDbAsync(db => db.BillingCustomers.Where(c => c.UserId == userId).Select(c => c.CustomerId).SingleAsync(Cancel));
        var first = await OpenCheckoutAsync(customerId);
        var second = await OpenCheckoutAsync(customerId);
        await app.WithDbAsync(db => db.Set<SandboxCheckout>().Where(c => c.CustomerId == customerId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiredAt, (DateTimeOffset?)null), Cancel));
        return (first, second);
    }

    private async Task<string> OpenCheckoutAsync(string customerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<PlanCatalog>();
        var plan = (await plans.ActiveAsync(Cancel)).First(p => p.Name == "Digital");
        var price = plans.Price(plan, BillingInterval.Month)!;
        var checkout = await scope.ServiceProvider.GetRequiredService<IPaymentProvider>().CreateCheckoutAsync(
            new CheckoutRequest(customerId, price, new Uri($"{MastheadApp.Origin}/billing/return"), new Uri($"{MastheadApp.Origin}/subscribe")), Cancel);
        return checkout.OriginalString;
    }

    private static Task<Page> PayAsync(Reader reader, Page checkout) =>
        reader.PostAsync(checkout.Path, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(checkout.Html),
            ["CardNumber"] = GoodCard,
            ["Expiry"] = "12/34",
            ["Cvc"] = "123",
        });
}

public sealed class SandboxOneSubscriptionOnSqlite(SqliteBillingApp app) : SandboxOneSubscriptionTests(app), IClassFixture<SqliteBillingApp>;

public sealed class SandboxOneSubscriptionOnPostgres(PostgresBillingApp app) : SandboxOneSubscriptionTests(app), IClassFixture<PostgresBillingApp>;
