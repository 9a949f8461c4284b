using Masthead.Core.Billing;

namespace Masthead.Web.Data;

/// <summary>A subscription plan readers can buy: a monthly and/or an annual price.</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Monthly price in the currency's minor unit; null when the plan has no monthly price.</summary>
    public long? MonthlyAmountMinor { get; set; }
    public long? AnnualAmountMinor { get; set; }
    public string Currency { get; set; } = "EUR";
    public int TrialDays { get; set; }
    public bool Archived { get; set; }
    public int Position { get; set; }

    /// <summary>Stripe's price ids, when Stripe is the provider (prices are created in Stripe's dashboard).</summary>
    public string? StripeMonthlyPriceId { get; set; }
    public string? StripeAnnualPriceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public long? AmountFor(BillingInterval interval) => interval == BillingInterval.Month ? MonthlyAmountMinor : AnnualAmountMinor;
}
