using Masthead.Core.Subscriptions;

namespace Masthead.Core.Paywall;

/// <summary>The person asking to read, as far as the paywall cares.</summary>
/// <param name="SignedIn">False for an anonymous visitor.</param>
/// <param name="IsStaff">Newsroom staff read everything and never use the meter.</param>
/// <param name="Subscription">The reader's latest subscription, if they ever had one.</param>
/// <param name="ComplimentaryUntil">End of a complimentary subscription granted by staff.</param>
public sealed record Reader(
    bool SignedIn,
    bool IsStaff = false,
    Subscription? Subscription = null,
    DateTimeOffset? ComplimentaryUntil = null)
{
    public static Reader Anonymous { get; } = new(SignedIn: false);

    public static Reader Registered(Subscription? subscription = null) => new(SignedIn: true, Subscription: subscription);
}
