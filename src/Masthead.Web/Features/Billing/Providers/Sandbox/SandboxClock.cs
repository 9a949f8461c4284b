namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>
/// The test clock. With the sandbox provider the whole site runs on it, so advancing it shows a
/// renewal, a failed charge, the end of grace and a recovery in minutes, as readers would live them.
/// </summary>
public sealed class SandboxClock(TimeProvider real) : TimeProvider
{
    private long offsetSeconds;

    public TimeSpan Offset => TimeSpan.FromSeconds(Interlocked.Read(ref offsetSeconds));

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + Offset;

    public override long GetTimestamp() => real.GetTimestamp();

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public void SetOffset(TimeSpan offset) => Interlocked.Exchange(ref offsetSeconds, (long)offset.TotalSeconds);
}
