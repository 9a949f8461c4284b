using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Features.Billing;

public enum PaymentProviderKind
{
    Sandbox,
    Stripe,
}

/// <summary>The "Billing" configuration section.</summary>
public sealed class BillingOptions
{
    /// <summary>Which provider takes payments: the offline Sandbox (default) or Stripe.</summary>
    public PaymentProviderKind Provider { get; set; } = PaymentProviderKind.Sandbox;

    /// <summary>Days before a card's expiry month ends at which the reader is reminded to update it.</summary>
    [Range(1, 90)]
    public int CardExpiryNoticeDays { get; set; } = 30;
}
