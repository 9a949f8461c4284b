using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Admin;

/// <summary>The sandbox's test clock: move the site's time forward and watch renewals and dunning play out.</summary>
[Authorize(Roles = StaffRoles.Admin)]
public sealed class TestClockModel(IServiceProvider services, MastheadDbContext db) : PageModel
{
    public static readonly (string Label, int Days)[] Steps = [("1 day", 1), ("3 days", 3), ("7 days", 7), ("1 month", 31)];

    public DateTimeOffset Now { get; private set; }
    public TimeSpan Offset { get; private set; }
    public int Undelivered { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<SandboxTestClock>() is not { } clock)
        {
            return NotFound();
        }

        await clock.LoadAsync(cancellationToken);
        Now = clock.Now;
        Offset = services.GetRequiredService<SandboxClock>().Offset;
        Undelivered = await db.Set<SandboxWebhook>().CountAsync(w => w.DeliveredAt == null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int days, CancellationToken cancellationToken)
    {
        if (services.GetService<SandboxTestClock>() is not { } clock)
        {
            return NotFound();
        }

        if (days is < 1 or > 400)
        {
            Message = "Move the clock by 1 to 400 days.";
            return RedirectToPage();
        }

        await clock.AdvanceAsync(TimeSpan.FromDays(days), cancellationToken);
        Message = $"The clock moved forward {days} day{(days == 1 ? "" : "s")}. Renewals and retries that fell due have run.";
        return RedirectToPage();
    }
}
