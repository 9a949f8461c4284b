namespace Masthead.Core.Subscriptions;

/// <summary>What a provider's status means for the one-subscription-per-reader rule.</summary>
public static class SubscriptionStatusRules
{
    /// <summary>The live statuses, for queries that cannot call <see cref="IsLive"/>.</summary>
    public static readonly IReadOnlyList<SubscriptionStatus> Live = [.. Enum.GetValues<SubscriptionStatus>().Where(IsLive)];

    /// <summary>
    /// Whether the subscription bills the reader, now or at its next renewal or retry: a reader may
    /// hold only one such subscription, or they would be charged twice. An incomplete one has never
    /// been paid and an ended one never will be again.
    /// </summary>
    public static bool IsLive(this SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Trialing or SubscriptionStatus.Active or SubscriptionStatus.PastDue or SubscriptionStatus.Unpaid => true,
        SubscriptionStatus.Incomplete or SubscriptionStatus.Canceled => false,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
