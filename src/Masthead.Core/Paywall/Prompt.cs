namespace Masthead.Core.Paywall;

/// <summary>What the page says to the reader beside (or instead of) the rest of the article.</summary>
public enum Prompt
{
    None,
    /// <summary>"N free articles left this month."</summary>
    FreeArticlesLeft,
    /// <summary>"Create a free account to keep reading" and "Already have an account? Log in".</summary>
    CreateAccount,
    /// <summary>"Subscribe to keep reading" and "Already a subscriber? Log in".</summary>
    SubscribeOrLogIn,
    /// <summary>A signed-in reader without a subscription: "Subscribe".</summary>
    Subscribe,
    /// <summary>Banner over a full article: the payment failed, grace still runs.</summary>
    PaymentFailed,
    /// <summary>Grace is over: "We couldn't charge your card on file. Update it to restore access".</summary>
    UpdateCard,
    /// <summary>A former subscriber whose paid period is over.</summary>
    Resubscribe,
}
