using Masthead.Core.Paywall;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing;
using Masthead.Web.Features.Shared;

namespace Masthead.Web.Features.Accounts;

/// <summary>What the account page shows, worked out here so its Razor only prints.</summary>
public sealed record AccountView(
    string Email,
    IReadOnlyList<string> Roles,
    string? ComplimentaryText,
    string? DuplicateNotice,
    bool NeedsCardUpdate,
    SubscriptionPanel? Subscription,
    IReadOnlyList<InvoiceLine> Invoices)
{
    public static AccountView For(
        AppUser account, IList<string> roles, SubscriptionRecord? record, BillingCustomer? customer, DateTimeOffset? duplicateStartedAt,
        IReadOnlyList<InvoiceRecord> invoices, DateTimeOffset now, PaywallRules rules)
    {
        var subscription = record?.ToDomain();
        return new AccountView(
            account.Email ?? "",
            [.. roles],
            account.ComplimentaryUntil is { } until && until > now ? $"You have a complimentary subscription until {DateFormats.LongDate(until)}." : null,
            duplicateStartedAt is { } started
                ? $"A second subscription was started on {DateFormats.LongDate(started)} while you already had one. We cancelled it straight away and refunded anything it charged, so you are never billed twice."
                : null,
            subscription.NeedsCardUpdate(now, rules),
            record is null ? null : SubscriptionPanel.For(record, customer, now),
            [.. invoices.Select(InvoiceLine.For)]);
    }
}

/// <summary>The reader's current subscription and the buttons that apply to it.</summary>
public sealed record SubscriptionPanel(
    string PlanName, string Status, string PaymentLabel, string PaymentText, string? CardOnFile,
    bool CanUpdateCard, bool CanCancel, bool CanResume, bool OffersResubscribe)
{
    public static SubscriptionPanel For(SubscriptionRecord record, BillingCustomer? customer, DateTimeOffset now)
    {
        var subscription = record.ToDomain();
        var managed = record.Provider is not null;
        var nextPayment = !subscription.IsOver(now) && !subscription.CancelAtPeriodEnd;
        return new SubscriptionPanel(
            record.PlanName,
            StatusOf(subscription),
            nextPayment ? "Next payment" : "Period ends",
            (nextPayment && record.AmountMinor > 0 ? Money.Format(record.AmountMinor, record.Currency) + " on " : "") + DateFormats.LongDate(record.CurrentPeriodEnd),
            customer?.CardLast4 is { } last4
                ? $"{(customer.CardBrand is { Length: > 0 } brand ? char.ToUpperInvariant(brand[0]) + brand[1..] : "Card")} ending {last4}, expires {customer.CardExpMonth:00}/{customer.CardExpYear}"
                : null,
            customer is not null && managed,
            managed && subscription.CanCancel(),
            managed && subscription.CanResume(now),
            subscription.IsOver(now));
    }

    private static string StatusOf(Subscription subscription) => subscription.Status switch
    {
        SubscriptionStatus.Active or SubscriptionStatus.Trialing when subscription.CancelAtPeriodEnd =>
            $"Cancelled — access until {DateFormats.LongDate(subscription.CurrentPeriodEnd)}",
        SubscriptionStatus.Active => "Active",
        SubscriptionStatus.Trialing => "Free trial",
        SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid => "Payment failed",
        SubscriptionStatus.Canceled => "Ended",
        SubscriptionStatus.Incomplete => "Awaiting first payment",
        _ => throw new ArgumentOutOfRangeException(nameof(subscription), subscription.Status, null),
    };
}

public sealed record InvoiceLine(string Date, string Number, string Amount, string Status)
{
    public static InvoiceLine For(InvoiceRecord invoice) => new(
        DateFormats.ShortDate(invoice.PaidAt ?? invoice.CreatedAt),
        invoice.Number ?? "—",
        Money.Format(invoice.AmountMinor, invoice.Currency),
        invoice.RefundedAt is not null ? "Refunded" : invoice.Status == InvoiceStatus.Paid ? "Paid" : "Unpaid");
}
