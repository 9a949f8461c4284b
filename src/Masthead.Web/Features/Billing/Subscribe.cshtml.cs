using System.ComponentModel.DataAnnotations;
using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing;

/// <summary>Choose a plan and go to the provider's hosted checkout.</summary>
public sealed class SubscribeModel(MastheadDbContext db, PlanCatalog catalog, IPaymentProvider provider, SiteUrls urls, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required]
    public int? PlanId { get; set; }

    [BindProperty]
    public BillingInterval Interval { get; set; }

    public PlanCatalog Catalog => catalog;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plans = await catalog.ActiveAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var back = $"/subscribe?returnUrl={Uri.EscapeDataString(ReturnUrls.Safe(ReturnUrl))}";
        if (ReaderResolver.UserId(User) is not { } userId)
        {
            return LocalRedirect($"/account/register?returnUrl={Uri.EscapeDataString(back)}");
        }

        if ((await db.Subscriptions.CurrentAsync(userId, cancellationToken))?.ToDomain().BlocksNewCheckout() == true)
        {
            // One subscription per reader: a second checkout would charge them twice. Checkouts
            // started before this one succeeded are refused when paid (see the provider), and a
            // second subscription that slips through anyway is ended and refunded.
            Message = "You already have a subscription. Manage it here.";
            return LocalRedirect("/account");
        }

        Plans = await catalog.ActiveAsync(cancellationToken);
        var plan = Plans.FirstOrDefault(p => p.Id == PlanId);
        if (plan is null || catalog.Price(plan, Interval) is not { } price)
        {
            ModelState.AddModelError(string.Empty, "Choose one of the plans below.");
            return Page();
        }

        var customerId = await CustomerIdAsync(userId, cancellationToken);
        await db.BillingCustomers.Where(c => c.UserId == userId && c.Provider == provider.Name)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.CheckoutStartedAt, clock.GetUtcNow()), cancellationToken);
        var success = new Uri(urls.Absolute($"/billing/return?returnUrl={Uri.EscapeDataString(ReturnUrls.Safe(ReturnUrl))}"));
        var checkout = await provider.CreateCheckoutAsync(new CheckoutRequest(customerId, price, success, new Uri(urls.Absolute(back))), cancellationToken);
        return Redirect(checkout.ToString());
    }

    private async Task<string> CustomerIdAsync(string userId, CancellationToken cancellationToken)
    {
        var existing = await db.BillingCustomers.FirstOrDefaultAsync(c => c.UserId == userId && c.Provider == provider.Name, cancellationToken);
        if (existing is not null)
        {
            return existing.CustomerId;
        }

        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstAsync(cancellationToken) ?? "";
        var customerId = await provider.CreateCustomerAsync(userId, email, cancellationToken);
        var customer = new BillingCustomer { UserId = userId, Provider = provider.Name, CustomerId = customerId };
        db.BillingCustomers.Add(customer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return customerId;
        }
        catch (DbUpdateException)
        {
            // A double click: the other request made the reader a customer first; use theirs (the
            // provider's extra customer has nothing attached to it).
            db.Entry(customer).State = EntityState.Detached;
            return await db.BillingCustomers.Where(c => c.UserId == userId && c.Provider == provider.Name)
                .Select(c => c.CustomerId).SingleAsync(cancellationToken);
        }
    }
}
