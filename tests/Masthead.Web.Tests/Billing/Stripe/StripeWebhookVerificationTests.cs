using System.Security.Cryptography;
using System.Text;
using Masthead.Core.Billing;
using static Masthead.Web.Tests.Billing.Stripe.StripeFixtures;

namespace Masthead.Web.Tests.Billing.Stripe;

public sealed class StripeWebhookVerificationTests
{
    private static string AnyEvent() => Event("customer.subscription.updated", Subscription(), Now.AddSeconds(-5));

    [Fact]
    public void A_webhook_signed_with_our_secret_at_our_now_is_accepted()
    {
        var payload = AnyEvent();

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now), Now);

        Assert.Null(result.Rejection);
        Assert.IsType<SubscriptionChanged>(result.Event);
    }

    [Fact]
    public void A_webhook_signed_with_another_secret_is_rejected()
    {
        var payload = AnyEvent();

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now, "whsec_someone_else"), Now);

        Assert.Null(result.Event);
        Assert.Contains("signature", result.Rejection, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_body_changed_after_signing_is_rejected()
    {
        var payload = AnyEvent();
        var header = Sign(payload, Now);

        var result = WebhookProvider().ParseWebhook(payload.Replace("\"active\"", "\"canceled\"", StringComparison.Ordinal), header, Now);

        Assert.Null(result.Event);
        Assert.NotNull(result.Rejection);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("garbage")]
    [InlineData("t=,v1=")]
    [InlineData("v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd")]
    public void A_missing_or_unreadable_signature_header_is_rejected_without_throwing(string? header)
    {
        var result = WebhookProvider().ParseWebhook(AnyEvent(), header, Now);

        Assert.Null(result.Event);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_signature_timestamp_beyond_the_tolerance_of_the_given_now_either_way_is_rejected(int secondsFromNow)
    {
        var payload = AnyEvent();

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now.AddSeconds(secondsFromNow)), Now);

        Assert.Null(result.Event);
        Assert.Contains("tolerance", result.Rejection, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void A_signature_timestamp_at_the_edge_of_the_tolerance_is_accepted(int secondsFromNow)
    {
        var payload = AnyEvent();

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now.AddSeconds(secondsFromNow)), Now);

        Assert.Null(result.Rejection);
    }

    [Theory]
    [InlineData("99999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("-99999999999999")]
    public void A_correctly_signed_webhook_whose_signature_time_is_beyond_any_date_is_rejected_without_throwing(string timestamp)
    {
        var payload = AnyEvent();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));

        var result = WebhookProvider().ParseWebhook(payload, $"t={timestamp},v1={Convert.ToHexStringLower(mac)}", Now);

        Assert.Null(result.Event);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection));
    }

    [Fact]
    public void A_correctly_signed_event_created_beyond_any_date_is_rejected_without_throwing()
    {
        var payload = AnyEvent().Replace($"\"created\":{Now.AddSeconds(-5).ToUnixTimeSeconds()}", "\"created\":9223372036854775807", StringComparison.Ordinal);
        Assert.Contains("9223372036854775807", payload, StringComparison.Ordinal);

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now), Now);

        Assert.Null(result.Event);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection));
    }

    [Fact]
    public void An_event_whose_id_is_longer_than_we_store_is_rejected()
    {
        var payload = Event("customer.subscription.updated", Subscription(), Now.AddSeconds(-5), id: "evt_" + new string('x', 100));

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now), Now);

        Assert.Null(result.Event);
        Assert.Contains("event id", result.Rejection, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_tolerance_comes_from_the_options()
    {
        var payload = AnyEvent();
        var provider = WebhookProvider(tolerance: TimeSpan.FromSeconds(60));

        Assert.Null(provider.ParseWebhook(payload, Sign(payload, Now.AddSeconds(-60)), Now).Rejection);
        Assert.NotNull(provider.ParseWebhook(payload, Sign(payload, Now.AddSeconds(-61)), Now).Rejection);
    }

    [Fact]
    public void A_webhook_fresh_by_the_machine_clock_but_stale_by_the_given_now_is_rejected()
    {
        var payload = AnyEvent();

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, DateTimeOffset.UtcNow), Now);

        Assert.Null(result.Event);
    }

    [Theory]
    [InlineData("{\"id\": \"evt_1\", \"type\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    [InlineData("{\"id\": \"evt_1\", \"type\": \"invoice.paid\", \"data\": {\"object\": {\"object\": \"invoice\", \"amount_paid\": \"lots\"}}}")]
    public void A_correctly_signed_body_that_is_not_a_readable_event_is_rejected_without_throwing(string payload)
    {
        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now), Now);

        Assert.Null(result.Event);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection));
    }

    [Fact]
    public void An_event_without_id_or_type_is_rejected()
    {
        const string payload = "{}";

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now), Now);

        Assert.Null(result.Event);
        Assert.NotNull(result.Rejection);
    }

    [Theory]
    [InlineData("2024-06-20")]
    [InlineData("2025-03-31.basil")]
    [InlineData(null)]
    public void An_event_from_an_api_version_other_than_the_one_StripeNet_pins_is_accepted(string? apiVersion)
    {
        Assert.NotEqual(PinnedApiVersion, apiVersion);
        var payload = Event("customer.subscription.updated", Subscription(), Now.AddSeconds(-5), apiVersion: apiVersion);

        var result = WebhookProvider().ParseWebhook(payload, Sign(payload, Now), Now);

        Assert.Null(result.Rejection);
        Assert.IsType<SubscriptionChanged>(result.Event);
    }
}
