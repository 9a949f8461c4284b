using Masthead.Core.Billing;
using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

/// <summary>
/// Where checkout sends the reader back. The provider's webhook usually lands within a second or
/// two; for a reader who went to checkout in the last minutes the request waits for it (briefly)
/// and then moves on to the article, so no script and no automatic refresh are needed. Anyone else
/// is answered at once.
/// </summary>
[Authorize]
public sealed class ReturnModel(MastheadDbContext db, ReaderResolver readers, IPaymentProvider provider, TimeProvider clock, IOptions<PaywallOptions> paywall) : PageModel
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RecentCheckout = TimeSpan.FromMinutes(30);

    public string ReturnUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnUrls.Safe(returnUrl);
        var userId = ReaderResolver.UserId(User)!;
        var since = clock.GetUtcNow() - RecentCheckout;
        var waiting = await db.BillingCustomers.AnyAsync(
            c => c.UserId == userId && c.Provider == provider.Name && c.CheckoutStartedAt >= since, cancellationToken);
        var deadline = DateTime.UtcNow + (waiting ? Patience : TimeSpan.Zero);
        while (true)
        {
            var reader = await readers.ResolveAsync(User, cancellationToken);
            if (AccessPolicy.ReadsEverything(reader, clock.GetUtcNow(), paywall.Value.ToRules()))
            {
                return LocalRedirect(ReturnUrl);
            }

            if (DateTime.UtcNow >= deadline)
            {
                return Page();
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }
}
