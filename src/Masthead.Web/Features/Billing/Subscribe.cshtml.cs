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
public sealed class SubscribeModel(MastheadDbContext db, PlanCatalog catalog, IPaymentProvider provider, SiteUrls urls) : PageModel
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

        if (await db.Subscriptions.AnyAsync(
            s => s.UserId == userId && s.Provider == provider.Name
                && (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Trialing
                    || s.Status == SubscriptionStatus.PastDue || s.Status == SubscriptionStatus.Unpaid),
            cancellationToken))
        {
            // One subscription per reader: a second checkout would charge them twice.
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
        db.BillingCustomers.Add(new BillingCustomer { UserId = userId, Provider = provider.Name, CustomerId = customerId });
        await db.SaveChangesAsync(cancellationToken);
        return customerId;
    }
}
