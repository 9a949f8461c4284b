using Masthead.Core.Paywall;

namespace Masthead.Web.Features.Reading;

/// <summary>Who reads, and where their meter lives (if the channel has one).</summary>
/// <param name="Reader">The paywall's view of the reader.</param>
/// <param name="UserId">A signed-in reader's account: their meter is kept on the server.</param>
/// <param name="CarriedMeter">An anonymous reader's meter as they brought it (a cookie), or a stand-in's.</param>
/// <param name="Metered">
/// Whether this channel reads on the meter at all. Feeds, the API and newsletters do not: there a
/// metered article shows its preview to anyone who may not read it whole.
/// </param>
public sealed record Viewer(Reader Reader, string? UserId, MeterState? CarriedMeter, bool Metered)
{
    /// <summary>A reader of a channel with no meter.</summary>
    public static Viewer WithoutMeter(Reader reader) => new(reader, null, null, Metered: false);
}
