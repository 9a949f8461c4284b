namespace Masthead.Core.Subscriptions;

/// <summary>Where a reader stands with the publication, whatever the article: the paywall's first question.</summary>
public enum Standing
{
    /// <summary>Never subscribed, or a checkout that never completed.</summary>
    None,

    /// <summary>Paid up (or trialing, complimentary, staff): reads everything.</summary>
    Full,

    /// <summary>A payment failed; full access while grace runs.</summary>
    InGrace,

    /// <summary>A payment failed and grace is over.</summary>
    CardFailed,

    /// <summary>Subscribed once; the paid period is over.</summary>
    Former,
}
