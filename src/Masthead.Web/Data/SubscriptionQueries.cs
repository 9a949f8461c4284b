using System.Linq.Expressions;
using Masthead.Core.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Data;

/// <summary>The questions about readers' subscriptions that have to be asked in the database.</summary>
public static class SubscriptionQueries
{
    /// <summary>
    /// The subscription that speaks for a reader: a live one if they hold one (never a duplicate),
    /// else the newest. An abandoned checkout started later never hides a paid-up subscription.
    /// </summary>
    public static Task<SubscriptionRecord?> CurrentAsync(this IQueryable<SubscriptionRecord> subscriptions, string userId, CancellationToken cancellationToken) =>
        subscriptions.AsNoTracking().Current(userId).FirstOrDefaultAsync(cancellationToken);

    public static IQueryable<SubscriptionRecord> Current(this IQueryable<SubscriptionRecord> subscriptions, string userId) =>
        subscriptions
            .Where(s => s.UserId == userId && s.DuplicateOfId == null)
            .OrderByDescending(s => SubscriptionStatusRules.Live.Contains(s.Status))
            .ThenByDescending(s => s.CreatedAt)
            .ThenByDescending(s => s.Id);

    /// <summary>
    /// <see cref="SubscriptionFacts.Renews"/>, as SQL: the subscription will charge the card again.
    /// A test holds the two to the same answers.
    /// </summary>
    public static readonly Expression<Func<SubscriptionRecord, bool>> Renews =
        s => s.DuplicateOfId == null && !s.CancelAtPeriodEnd && SubscriptionStatusRules.Live.Contains(s.Status);
}
