namespace Masthead.Core.Paywall;

/// <summary>How often the meter starts afresh. Periods are calendar-aligned in UTC.</summary>
public enum MeterPeriod
{
    Month,
    Week,
    Day,
}
