using System.Security.Claims;
using Masthead.Core.Paywall;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Paywall;

/// <summary>
/// Turns the signed-in principal into the paywall's view of a reader. The account's entitlement
/// (current subscription, complimentary access) is a small cached snapshot, dropped as soon as a
/// billing event, a grant or any other saved change touches that reader.
/// </summary>
public sealed class ReaderResolver(ContentCache cache, IServiceScopeFactory scopes)
{
    /// <summary>A safety net only: every change to the snapshot's sources invalidates it at once.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<Reader> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (UserId(user) is not { } userId)
        {
            return Reader.Anonymous;
        }

        var entitlement = await EntitlementAsync(userId, cancellationToken);
        return entitlement is null
            ? Reader.Anonymous
            : new Reader(SignedIn: true, StaffRoles.All.Any(user.IsInRole), entitlement.Subscription, entitlement.ComplimentaryUntil);
    }

    public Task<Entitlement?> EntitlementAsync(string userId, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<Entitlement>(
            "reader:" + userId,
            [ContentTags.User(userId)],
            Lifetime,
            async ct =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
                var complimentary = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                    .Select(u => new { u.ComplimentaryUntil }).FirstOrDefaultAsync(ct);
                if (complimentary is null)
                {
                    return null;
                }

                var subscription = await db.Subscriptions.CurrentAsync(userId, ct);
                return new Entitlement(subscription?.ToDomain(), complimentary.ComplimentaryUntil);
            },
            cancellationToken);

    public static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}

/// <summary>What an account is entitled to, apart from staff roles (which travel in the sign-in cookie).</summary>
public sealed record Entitlement(Subscription? Subscription, DateTimeOffset? ComplimentaryUntil) : ICacheSized
{
    public long CacheSize => 256;
}
