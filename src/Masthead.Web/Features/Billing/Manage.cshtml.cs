using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Features.Shared;
using Masthead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing;

/// <summary>The account page's billing buttons: update the card, cancel at period end, resume.</summary>
[Authorize]
public sealed class ManageModel(MastheadDbContext db, IPaymentProvider provider, SiteUrls urls) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    public IActionResult OnGet() => LocalRedirect("/account");

    public async Task<IActionResult> OnPostCardAsync(CancellationToken cancellationToken)
    {
        var userId = ReaderResolver.UserId(User)!;
        var customer = await db.BillingCustomers.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId && c.Provider == provider.Name, cancellationToken);
        if (customer is null)
        {
            Message = "There is no card on file to update yet.";
            return LocalRedirect("/account");
        }

        var portal = await provider.CreatePortalAsync(customer.CustomerId, new Uri(urls.Absolute("/account")), cancellationToken);
        return Redirect(portal.ToString());
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (await CurrentAsync(cancellationToken) is not { } subscription)
        {
            return LocalRedirect("/account");
        }

        await provider.CancelAtPeriodEndAsync(subscription.ProviderSubscriptionId!, cancellationToken);
        Message = $"Your subscription is cancelled. You keep full access until {DateFormats.LongDate(subscription.CurrentPeriodEnd)}.";
        return LocalRedirect("/account");
    }

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken)
    {
        if (await CurrentAsync(cancellationToken) is not { } subscription)
        {
            return LocalRedirect("/account");
        }

        await provider.ResumeAsync(subscription.ProviderSubscriptionId!, cancellationToken);
        Message = $"Welcome back. Your subscription renews on {DateFormats.LongDate(subscription.CurrentPeriodEnd)}.";
        return LocalRedirect("/account");
    }

    private async Task<SubscriptionRecord?> CurrentAsync(CancellationToken cancellationToken)
    {
        var userId = ReaderResolver.UserId(User)!;
        var subscription = await db.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Provider == provider.Name && s.Status != SubscriptionStatus.Canceled)
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (subscription is null)
        {
            Message = "There is no subscription to change.";
        }

        return subscription;
    }
}
