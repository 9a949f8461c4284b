namespace Masthead.Core.Paywall;

/// <summary>The publication's paywall settings.</summary>
/// <param name="MeterLimit">Subscribers-only, metered articles a non-subscriber may read per period.</param>
/// <param name="MeterPeriod">How often the meter starts afresh.</param>
/// <param name="GracePeriod">How long a subscriber whose payment failed keeps full access.</param>
/// <param name="ClockSkew">Allowance for the provider's clock and ours disagreeing about a period end.</param>
public sealed record PaywallRules(int MeterLimit, MeterPeriod MeterPeriod, TimeSpan GracePeriod, TimeSpan ClockSkew)
{
    public static PaywallRules Default { get; } = new(10, MeterPeriod.Month, TimeSpan.FromDays(7), TimeSpan.FromMinutes(2));
}
