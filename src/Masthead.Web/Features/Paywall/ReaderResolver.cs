using System.Security.Claims;
using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Paywall;

/// <summary>Turns the signed-in principal into the paywall's view of a reader: one small query.</summary>
public sealed class ReaderResolver(MastheadDbContext db)
{
    public async Task<Reader> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = UserId(user);
        if (userId is null)
        {
            return Reader.Anonymous;
        }

        var isStaff = StaffRoles.All.Any(user.IsInRole);
        var facts = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.ComplimentaryUntil,
                Subscription = db.Subscriptions
                    .Where(s => s.UserId == u.Id && s.DuplicateOfId == null)
                    .OrderByDescending(s => s.CreatedAt)
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);

        return facts is null
            ? Reader.Anonymous
            : new Reader(SignedIn: true, isStaff, facts.Subscription?.ToDomain(), facts.ComplimentaryUntil);
    }

    public static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
