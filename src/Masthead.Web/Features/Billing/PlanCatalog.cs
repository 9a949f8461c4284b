using System.Globalization;
using Masthead.Core.Billing;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing;

/// <summary>Plans as prices of the active provider, and back from a provider's price id to our plan.</summary>
public sealed class PlanCatalog(MastheadDbContext db, Core.Billing.IPaymentProvider provider)
{
    public Task<List<Plan>> ActiveAsync(CancellationToken cancellationToken) =>
        db.Plans.AsNoTracking().Where(p => !p.Archived).OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    /// <returns>The price, or null when the plan has no price for that interval with this provider.</returns>
    public PlanPrice? Price(Plan plan, BillingInterval interval)
    {
        if (plan.AmountFor(interval) is not { } amount)
        {
            return null;
        }

        var priceId = provider.Name == SandboxPaymentProvider.ProviderName
            ? SandboxPriceId(plan.Id, interval)
            : interval == BillingInterval.Month ? plan.StripeMonthlyPriceId : plan.StripeAnnualPriceId;
        return string.IsNullOrEmpty(priceId) ? null : new PlanPrice(priceId, plan.Name, amount, plan.Currency, interval, plan.TrialDays);
    }

    public async Task<(Plan Plan, BillingInterval Interval)?> FindAsync(string priceId, CancellationToken cancellationToken)
    {
        if (provider.Name == SandboxPaymentProvider.ProviderName)
        {
            var parts = priceId.Split('_');
            if (parts.Length == 4 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } plan)
            {
                return (plan, parts[3] == "year" ? BillingInterval.Year : BillingInterval.Month);
            }

            return null;
        }

        var match = await db.Plans.AsNoTracking()
            .FirstOrDefaultAsync(p => p.StripeMonthlyPriceId == priceId || p.StripeAnnualPriceId == priceId, cancellationToken);
        return match is null ? null : (match, match.StripeAnnualPriceId == priceId ? BillingInterval.Year : BillingInterval.Month);
    }

    public static string SandboxPriceId(int planId, BillingInterval interval) =>
        $"price_sbx_{planId.ToString(CultureInfo.InvariantCulture)}_{(interval == BillingInterval.Year ? "year" : "month")}";
}
