using System.ComponentModel.DataAnnotations;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

/// <summary>The "Billing:Stripe" configuration section.</summary>
public sealed class StripeOptions
{
    public const string SectionName = "Billing:Stripe";

    /// <summary>Secret (sk_…) or restricted (rk_…) API key.</summary>
    [Required]
    public string ApiKey { get; set; } = "";

    /// <summary>The webhook endpoint's signing secret (whsec_…).</summary>
    [Required]
    public string WebhookSecret { get; set; } = "";

    /// <summary>Where the API is; Stripe's own when empty. Tests point it at a local fake.</summary>
    [Url]
    public string? ApiBase { get; set; }

    /// <summary>How far a webhook's signed timestamp may be from our clock, either way.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromSeconds(300);
}
