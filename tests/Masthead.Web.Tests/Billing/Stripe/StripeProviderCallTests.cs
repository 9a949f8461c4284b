using Masthead.Core.Billing;
using Masthead.Web.Features.Billing.Providers.Stripe;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StripeException = Stripe.StripeException;

namespace Masthead.Web.Tests.Billing.Stripe;

/// <summary>The provider, wired by <see cref="StripeRegistration.AddStripeProvider"/>, against a fake Stripe.</summary>
public sealed class StripeProviderCallTests : IAsyncLifetime
{
    private static readonly PlanPrice Monthly = new("price_monthly_eur", "Digital", 900, "EUR", BillingInterval.Month, TrialDays: 14);

    private FakeStripeServer stripe = null!;
    private ServiceProvider services = null!;

    private IPaymentProvider Provider => services.GetRequiredKeyedService<IPaymentProvider>("stripe");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        stripe = await FakeStripeServer.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Billing:Stripe:ApiKey"] = StripeFixtures.ApiKey,
                ["Billing:Stripe:WebhookSecret"] = StripeFixtures.WebhookSecret,
                ["Billing:Stripe:ApiBase"] = stripe.ApiBase,
            })
            .Build();
        services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddStripeProvider().BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await stripe.DisposeAsync();
    }

    [Fact]
    public async Task Creating_a_customer_sends_the_email_and_our_user_id_and_returns_Stripes_id()
    {
        var id = await Provider.CreateCustomerAsync("user-42", "ada@example.test", Token);

        var request = Assert.Single(stripe.Requests);
        Assert.Equal(("POST", "/v1/customers"), (request.Method, request.Path));
        Assert.Equal("ada@example.test", request.Form["email"]);
        Assert.Equal("user-42", request.Form["metadata[user_id]"]);
        Assert.Equal("cus_fake_1", id);
    }

    [Fact]
    public async Task A_checkout_with_a_trial_asks_for_a_subscription_of_one_price_with_the_trial_days()
    {
        var success = new Uri("https://masthead.test/subscribe/welcome?session={CHECKOUT_SESSION_ID}");
        var cancel = new Uri("https://masthead.test/subscribe");

        var url = await Provider.CreateCheckoutAsync(new CheckoutRequest("cus_ada", Monthly, success, cancel), Token);

        var openOnes = stripe.Requests[0];
        Assert.Equal(("GET", "/v1/checkout/sessions", "cus_ada", "open"), (openOnes.Method, openOnes.Path, openOnes.Form["customer"], openOnes.Form["status"]));
        var request = Assert.Single(stripe.Requests, r => r.Method == "POST");
        Assert.Equal(("POST", "/v1/checkout/sessions"), (request.Method, request.Path));
        Assert.Equal("subscription", request.Form["mode"]);
        Assert.Equal("cus_ada", request.Form["customer"]);
        Assert.Equal("price_monthly_eur", request.Form["line_items[0][price]"]);
        Assert.Equal("1", request.Form["line_items[0][quantity]"]);
        Assert.DoesNotContain(request.Form.Keys, k => k.StartsWith("line_items[1]", StringComparison.Ordinal));
        Assert.Equal("14", request.Form["subscription_data[trial_period_days]"]);
        Assert.Equal("https://masthead.test/subscribe/welcome?session={CHECKOUT_SESSION_ID}", request.Form["success_url"]);
        Assert.Equal("https://masthead.test/subscribe", request.Form["cancel_url"]);
        Assert.Equal(new Uri("https://checkout.stripe.com/c/pay/cs_test_fake_2"), url);
    }

    [Fact]
    public async Task A_checkout_without_a_trial_sends_no_trial_period()
    {
        var request = new CheckoutRequest("cus_ada", Monthly with { TrialDays = 0 }, new Uri("https://masthead.test/ok"), new Uri("https://masthead.test/no"));

        await Provider.CreateCheckoutAsync(request, Token);

        Assert.DoesNotContain(Assert.Single(stripe.Requests, r => r.Method == "POST").Form.Keys, k => k.StartsWith("subscription_data", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ending_a_subscription_now_deletes_it_once_with_an_idempotency_key_and_a_second_call_sends_no_delete()
    {
        await Provider.CancelNowAsync("sub_dup", Token);
        await Provider.CancelNowAsync("sub_dup", Token);

        var delete = Assert.Single(stripe.Requests, r => r.Method == "DELETE");
        Assert.Equal("/v1/subscriptions/sub_dup", delete.Path);
        Assert.Equal("false", delete.Form["prorate"]);
        Assert.Equal("masthead-cancel-now-sub_dup", delete.IdempotencyKey);
        Assert.Equal(2, stripe.Requests.Count(r => r.Method == "GET" && r.Path == "/v1/subscriptions/sub_dup"));
    }

    [Fact]
    public async Task Refunding_an_invoice_refunds_each_of_its_payments_by_payment_intent_as_a_duplicate()
    {
        await Provider.RefundInvoiceAsync("in_dup", Token);

        var list = stripe.Requests[0];
        Assert.Equal(("GET", "/v1/invoice_payments", "in_dup"), (list.Method, list.Path, list.Form["invoice"]));
        var refund = Assert.Single(stripe.Requests, r => r.Method == "POST");
        Assert.Equal("/v1/refunds", refund.Path);
        Assert.Equal(FakeStripeServer.PaymentIntentOf("in_dup"), refund.Form["payment_intent"]);
        Assert.Equal("duplicate", refund.Form["reason"]);
        Assert.Equal($"masthead-refund-in_dup-{FakeStripeServer.PaymentIntentOf("in_dup")}", refund.IdempotencyKey);
    }

    [Fact]
    public async Task The_portal_opens_for_the_customer_with_our_return_url()
    {
        var url = await Provider.CreatePortalAsync("cus_ada", new Uri("https://masthead.test/account"), Token);

        var request = Assert.Single(stripe.Requests);
        Assert.Equal(("POST", "/v1/billing_portal/sessions"), (request.Method, request.Path));
        Assert.Equal("cus_ada", request.Form["customer"]);
        Assert.Equal("https://masthead.test/account", request.Form["return_url"]);
        Assert.Equal(new Uri("https://billing.stripe.com/p/session/test_fake_1"), url);
    }

    [Fact]
    public async Task Cancelling_sets_cancel_at_period_end_on_the_subscription()
    {
        await Provider.CancelAtPeriodEndAsync("sub_ada", Token);

        var request = Assert.Single(stripe.Requests);
        Assert.Equal(("POST", "/v1/subscriptions/sub_ada"), (request.Method, request.Path));
        Assert.Equal("true", request.Form["cancel_at_period_end"]);
    }

    [Fact]
    public async Task Resuming_clears_cancel_at_period_end_on_the_subscription()
    {
        await Provider.ResumeAsync("sub_ada", Token);

        var request = Assert.Single(stripe.Requests);
        Assert.Equal(("POST", "/v1/subscriptions/sub_ada"), (request.Method, request.Path));
        Assert.Equal("false", request.Form["cancel_at_period_end"]);
    }

    [Fact]
    public async Task Every_call_authenticates_with_the_configured_key()
    {
        await Provider.CreateCustomerAsync("user-42", "ada@example.test", Token);
        await Provider.CreatePortalAsync("cus_ada", new Uri("https://masthead.test/account"), Token);
        await Provider.ResumeAsync("sub_ada", Token);

        Assert.All(stripe.Requests, r => Assert.Equal($"Bearer {StripeFixtures.ApiKey}", r.Authorization));
    }

    [Fact]
    public async Task An_error_from_Stripe_surfaces_as_a_StripeException()
    {
        var error = await Assert.ThrowsAsync<StripeException>(() => Provider.CancelAtPeriodEndAsync(FakeStripeServer.MissingSubscriptionId, Token));

        Assert.Equal("resource_missing", error.StripeError?.Code);
    }
}
