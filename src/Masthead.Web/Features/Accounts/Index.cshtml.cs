using Masthead.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Accounts;

[Authorize]
public sealed class IndexModel(UserManager<AppUser> users, MastheadDbContext db, TimeProvider clock) : PageModel
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public AppUser Account { get; private set; } = null!;
    public SubscriptionRecord? Subscription { get; private set; }
    public BillingCustomer? Customer { get; private set; }
    public IReadOnlyList<InvoiceRecord> Invoices { get; private set; } = [];
    public IList<string> Roles { get; private set; } = [];

    /// <summary>When a second subscription was started recently (and ended by us), so the page can say so.</summary>
    public DateTimeOffset? DuplicateStartedAt { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Account = user;
        Roles = await users.GetRolesAsync(user);
        Subscription = await db.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == user.Id && s.DuplicateOfId == null)
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var since = Now.AddDays(-60);
        DuplicateStartedAt = await db.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == user.Id && s.DuplicateOfId != null && s.CreatedAt >= since)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => (DateTimeOffset?)s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        Customer = await db.BillingCustomers.AsNoTracking().Where(c => c.UserId == user.Id).OrderByDescending(c => c.CardUpdatedAt).FirstOrDefaultAsync(cancellationToken);
        Invoices = await db.Invoices.AsNoTracking().Where(i => i.UserId == user.Id)
            .OrderByDescending(i => i.CreatedAt).Take(24).ToListAsync(cancellationToken);
        return Page();
    }
}
