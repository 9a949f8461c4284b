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

/// <summary>
/// The account page's billing buttons: update the card, cancel at period end, resume. Cancel and
/// resume act on every live subscription the reader holds, so none is left renewing.
/// </summary>
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
        var live = await LiveAsync(cancellationToken);
        foreach (var subscription in live.Where(s => !s.CancelAtPeriodEnd))
        {
            await provider.CancelAtPeriodEndAsync(subscription.ProviderSubscriptionId!, cancellationToken);
        }

        if (live.Count > 0)
        {
            Message = $"Your subscription is cancelled. You keep full access until {DateFormats.LongDate(AccessEnd(live))}.";
        }

        return LocalRedirect("/account");
    }

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken)
    {
        var live = await LiveAsync(cancellationToken);
        foreach (var subscription in live.Where(s => s.CancelAtPeriodEnd && s.DuplicateOfId is null))
        {
            await provider.ResumeAsync(subscription.ProviderSubscriptionId!, cancellationToken);
        }

        if (live.Count > 0)
        {
            Message = $"Welcome back. Your subscription renews on {DateFormats.LongDate(AccessEnd(live))}.";
        }

        return LocalRedirect("/account");
    }

    private async Task<List<SubscriptionRecord>> LiveAsync(CancellationToken cancellationToken)
    {
        var userId = ReaderResolver.UserId(User)!;
        var live = await db.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Provider == provider.Name && s.ProviderSubscriptionId != null
                && SubscriptionStatusRules.Live.Contains(s.Status))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        if (live.Count == 0)
        {
            Message = "There is no subscription to change.";
        }

        return live;
    }

    /// <summary>The end of the period of the subscription the reader keeps (not a duplicate being refunded).</summary>
    private static DateTimeOffset AccessEnd(List<SubscriptionRecord> live) =>
        live.Where(s => s.DuplicateOfId is null).Select(s => s.CurrentPeriodEnd).DefaultIfEmpty(live[0].CurrentPeriodEnd).Max();
}
