using System.ComponentModel.DataAnnotations;
using Masthead.Core.Paywall;

namespace Masthead.Web.Features.Paywall;

/// <summary>The "Paywall" configuration section.</summary>
public sealed class PaywallOptions
{
    /// <summary>Metered articles a non-subscriber may read per period (default 10).</summary>
    [Range(0, 100)]
    public int MeterLimit { get; set; } = 10;

    public MeterPeriod MeterPeriod { get; set; } = MeterPeriod.Month;

    /// <summary>How long a subscriber whose payment failed keeps full access (default 7 days).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    public PaywallRules ToRules() => new(MeterLimit, MeterPeriod, GracePeriod, ClockSkew);
}
