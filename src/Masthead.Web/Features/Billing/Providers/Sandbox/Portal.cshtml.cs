using Masthead.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>The sandbox's billing portal: replace the card on file; unpaid invoices are retried with it at once.</summary>
public sealed class PortalModel(MastheadDbContext db, SandboxBilling billing, TimeProvider clock) : PageModel
{
    public SandboxPortalSession Session { get; private set; } = null!;

    public SandboxCard? Card { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, string? cardNumber, string? expiry, string? cvc, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = await billing.UpdateCardAsync(Session.CustomerId, cardNumber, expiry, cvc, cancellationToken);
        return Error is null ? Redirect(Session.ReturnUrl) : Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var session = await db.Set<SandboxPortalSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null || session.ExpiresAt <= clock.GetUtcNow())
        {
            return false;
        }

        Session = session;
        var customer = await db.Set<SandboxCustomer>().AsNoTracking().SingleAsync(c => c.Id == session.CustomerId, cancellationToken);
        Card = customer.DefaultCardId is null ? null : await db.Set<SandboxCard>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == customer.DefaultCardId, cancellationToken);
        return true;
    }
}
