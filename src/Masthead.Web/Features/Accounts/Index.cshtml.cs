using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Accounts;

[Authorize]
public sealed class IndexModel(UserManager<AppUser> users, MastheadDbContext db, TimeProvider clock, IOptions<PaywallOptions> paywall) : PageModel
{
    public AccountView Account { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var now = clock.GetUtcNow();
        var since = now.AddDays(-60);
        var duplicateStartedAt = await db.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == user.Id && s.DuplicateOfId != null && s.CreatedAt >= since)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => (DateTimeOffset?)s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var customer = await db.BillingCustomers.AsNoTracking().Where(c => c.UserId == user.Id).OrderByDescending(c => c.CardUpdatedAt).FirstOrDefaultAsync(cancellationToken);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.UserId == user.Id)
            .OrderByDescending(i => i.CreatedAt).Take(24).ToListAsync(cancellationToken);
        Account = AccountView.For(
            user, await users.GetRolesAsync(user), await db.Subscriptions.CurrentAsync(user.Id, cancellationToken), customer, duplicateStartedAt,
            invoices, now, paywall.Value.ToRules());
        return Page();
    }
}
