using System.Text.Json.Nodes;
using Masthead.Core.Billing;
using static Masthead.Web.Tests.Billing.Stripe.StripeFixtures;

namespace Masthead.Web.Tests.Billing.Stripe;

public sealed class StripeInvoiceAndCardWebhookTests
{
    private static readonly DateTimeOffset PeriodEnd = new(2031, 4, 14, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_paid_invoice_becomes_InvoicePaid_with_the_subscription_from_its_parent_and_the_line_period_end()
    {
        var e = ParseAccepted<InvoicePaid>("invoice.paid", Invoice(amountPaid: 1500, currency: "eur", number: "MH-0001", lineEnd: PeriodEnd));

        Assert.Equal(new InvoicePaid(EventId, EventCreated, "cus_masthead_1", "in_masthead_1", "sub_masthead_1", 1500, "EUR", "MH-0001", PeriodEnd), e);
    }

    [Fact]
    public void An_older_api_version_invoice_names_its_subscription_at_the_top_level()
    {
        var invoice = Invoice();
        invoice.Remove("parent");
        invoice["subscription"] = "sub_legacy";

        Assert.Equal("sub_legacy", ParseAccepted<InvoicePaid>("invoice.paid", invoice, apiVersion: "2024-06-20").SubscriptionId);
    }

    [Fact]
    public void An_invoice_without_lines_has_no_period_end_and_a_one_off_invoice_no_subscription()
    {
        var invoice = Invoice(number: null);
        invoice["lines"]!["data"] = new JsonArray();
        invoice["parent"] = null;

        var e = ParseAccepted<InvoicePaid>("invoice.paid", invoice);

        Assert.Null(e.PeriodEnd);
        Assert.Null(e.SubscriptionId);
        Assert.Null(e.Number);
    }

    [Fact]
    public void A_failed_invoice_payment_becomes_InvoicePaymentFailed_with_the_amount_due_attempts_and_next_attempt()
    {
        var invoice = Invoice(amountDue: 1500, amountPaid: 0, currency: "gbp");
        invoice["attempt_count"] = 2;
        invoice["next_payment_attempt"] = Now.AddDays(3).ToUnixTimeSeconds();

        var e = ParseAccepted<InvoicePaymentFailed>("invoice.payment_failed", invoice);

        Assert.Equal(
            new InvoicePaymentFailed(EventId, EventCreated, "cus_masthead_1", "in_masthead_1", "sub_masthead_1", 1500, "GBP", 2, Now.AddDays(3)),
            e);
    }

    [Fact]
    public void A_last_failed_attempt_has_no_next_attempt()
    {
        var invoice = Invoice();
        invoice["attempt_count"] = 4;
        invoice["next_payment_attempt"] = null;

        Assert.Null(ParseAccepted<InvoicePaymentFailed>("invoice.payment_failed", invoice).NextAttempt);
    }

    [Fact]
    public void An_attached_card_becomes_CardOnFileChanged_with_brand_last_four_and_expiry_only()
    {
        var e = ParseAccepted<CardOnFileChanged>("payment_method.attached", PaymentMethod());

        Assert.Equal(new CardOnFileChanged(EventId, EventCreated, "cus_masthead_1", new CardOnFile("mastercard", "4444", 11, 2033)), e);
    }

    [Fact]
    public void An_attached_payment_method_that_is_not_a_card_is_ignored()
    {
        var paymentMethod = PaymentMethod();
        paymentMethod["type"] = "sepa_debit";
        paymentMethod["card"] = null;

        Assert.Equal("payment_method.attached", ParseAccepted<IgnoredEvent>("payment_method.attached", paymentMethod).Type);
    }

    [Fact]
    public void A_customer_update_with_the_default_payment_method_expanded_becomes_CardOnFileChanged()
    {
        var customer = Load("customer");
        customer["id"] = "cus_masthead_1";
        customer["invoice_settings"]!["default_payment_method"] = PaymentMethod();

        var e = ParseAccepted<CardOnFileChanged>("customer.updated", customer);

        Assert.Equal(new CardOnFile("mastercard", "4444", 11, 2033), e.Card);
        Assert.Equal("cus_masthead_1", e.CustomerId);
    }

    [Fact]
    public void A_customer_update_naming_the_default_payment_method_only_by_id_is_ignored()
    {
        var customer = Load("customer");
        customer["invoice_settings"]!["default_payment_method"] = "pm_masthead_1";

        Assert.Equal("customer.updated", ParseAccepted<IgnoredEvent>("customer.updated", customer).Type);
    }

    [Fact]
    public void A_completed_checkout_is_accepted_and_ignored()
    {
        var e = ParseAccepted<IgnoredEvent>("checkout.session.completed", Load("checkout.session"));

        Assert.Equal(new IgnoredEvent(EventId, EventCreated, "checkout.session.completed"), e);
    }

    [Fact]
    public void An_event_type_we_do_not_handle_is_accepted_and_ignored()
    {
        // Stripe's example event as published: a plan.created.
        var plan = Load("event")["data"]!["object"]!.DeepClone();

        Assert.Equal("plan.created", ParseAccepted<IgnoredEvent>("plan.created", plan).Type);
    }

    [Fact]
    public void An_event_whose_object_does_not_match_its_type_is_rejected()
    {
        var result = ParseSigned("invoice.paid", Subscription());

        Assert.Null(result.Event);
        Assert.Contains("invoice", result.Rejection, StringComparison.Ordinal);
    }
}
