using Masthead.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>The sandbox's hosted checkout. The card number typed here is read, tokenised and forgotten.</summary>
public sealed class CheckoutModel(MastheadDbContext db, SandboxBilling billing) : PageModel
{
    public SandboxCheckout Checkout { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } checkout)
        {
            return NotFound();
        }

        Checkout = checkout;
        if (checkout.SubscriptionId is not null)
        {
            return Redirect(checkout.SuccessUrl);
        }

        Error = checkout.ExpiredAt is null ? null : SandboxBilling.ExpiredMessage;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? cardNumber, string? expiry, string? cvc, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } checkout)
        {
            return NotFound();
        }

        Checkout = checkout;
        Error = await billing.CompleteCheckoutAsync(id, cardNumber, expiry, cvc, cancellationToken);
        return Error is null ? Redirect(checkout.SuccessUrl) : Page();
    }

    private Task<SandboxCheckout?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Set<SandboxCheckout>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public string CancelUrl => Checkout.CancelUrl;

    /// <summary>An expired checkout, or one refused because the reader already subscribes, cannot be paid.</summary>
    public bool CanPay => Checkout.SubscriptionId is null && Checkout.ExpiredAt is null
        && Error is not (SandboxBilling.ExpiredMessage or SandboxBilling.AlreadySubscribedMessage);
}
