using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

public enum PaymentProviderKind
{
    Sandbox,
    Stripe,
}

/// <summary>The "Billing" configuration section.</summary>
public sealed class BillingOptions
{
    /// <summary>
    /// Which provider takes payments: Stripe, or the offline Sandbox. Unset means the Sandbox in
    /// Development and is refused everywhere else.
    /// </summary>
    public PaymentProviderKind? Provider { get; set; }

    /// <summary>Days before a card's expiry month ends at which the reader is reminded to update it.</summary>
    [Range(1, 90)]
    public int CardExpiryNoticeDays { get; set; } = 30;
}

/// <summary>
/// The Sandbox accepts test cards, so a site outside Development must name its provider on purpose:
/// a forgotten setting must not quietly give away free subscriptions.
/// </summary>
public sealed class BillingOptionsValidator(IHostEnvironment environment) : IValidateOptions<BillingOptions>
{
    public ValidateOptionsResult Validate(string? name, BillingOptions options) =>
        options.Provider is null && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"Billing:Provider is required in the {environment.EnvironmentName} environment: set it to Stripe, "
                + "or to Sandbox for a demo site (the Sandbox takes test cards, so its subscriptions cost nothing).")
            : ValidateOptionsResult.Success;
}
