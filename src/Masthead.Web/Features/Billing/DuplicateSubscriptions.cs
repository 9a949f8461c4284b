using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing;

/// <summary>
/// One live subscription per reader, enforced when a provider tells us a subscription exists: a
/// second one (two checkouts paid at once, which Stripe allows) is marked a duplicate, ended at once
/// and refunded, and the reader is told. Every step is safe to repeat, so a failure part-way is
/// retried with the event.
/// </summary>
public sealed class DuplicateSubscriptions(MastheadDbContext db, IPaymentProvider payments, BillingMails mails, TimeProvider clock, ILogger<DuplicateSubscriptions> logger)
{
    /// <summary>
    /// Writes the customer's row first thing in the caller's transaction, which locks it until the
    /// transaction ends: two events about one customer's subscriptions, on any node, take turns.
    /// </summary>
    public Task TakeTurnAsync(BillingCustomer customer, CancellationToken cancellationToken) =>
        db.BillingCustomers.Where(c => c.Id == customer.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);

    /// <summary>Marks <paramref name="record"/> a duplicate if the reader already holds a live subscription, and ends it.</summary>
    public async Task EnforceAsync(string provider, SubscriptionRecord record, CancellationToken cancellationToken)
    {
        if (!record.Status.IsLive())
        {
            return;
        }

        if (record.DuplicateOfId is null)
        {
            // The one we learnt of first is kept; a new record has no id yet and comes after all.
            var isNew = record.Id == 0;
            var kept = await db.Subscriptions.AsNoTracking()
                .Where(s => s.UserId == record.UserId && s.Id != record.Id && s.DuplicateOfId == null
                    && SubscriptionStatusRules.Live.Contains(s.Status) && (isNew || s.Id < record.Id))
                .OrderBy(s => s.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (kept is null)
            {
                return;
            }

            record.DuplicateOfId = kept.Id;
            logger.LogWarning(
                "Reader {UserId} has a second live subscription {Duplicate} beside {Kept}; ending and refunding it",
                record.UserId, record.ProviderSubscriptionId, kept.ProviderSubscriptionId);
            await EndAsync(provider, record, cancellationToken);
            await mails.AddDuplicateEndedAsync(record.UserId, record.CreatedAt, cancellationToken);
            return;
        }

        await EndAsync(provider, record, cancellationToken);
    }

    /// <summary>Refunds a paid invoice of a duplicate subscription, once.</summary>
    public async Task RefundAsync(string provider, InvoiceRecord invoice, CancellationToken cancellationToken)
    {
        if (invoice is not { Status: InvoiceStatus.Paid, RefundedAt: null } || provider != payments.Name)
        {
            return;
        }

        await payments.RefundInvoiceAsync(invoice.InvoiceId, cancellationToken);
        invoice.RefundedAt = clock.GetUtcNow();
    }

    private async Task EndAsync(string provider, SubscriptionRecord record, CancellationToken cancellationToken)
    {
        if (provider != payments.Name || record.ProviderSubscriptionId is not { } subscriptionId)
        {
            logger.LogError("Duplicate subscription {Subscription} belongs to provider {Provider}, which this site no longer uses; end it there by hand", record.Id, provider);
            return;
        }

        await payments.CancelNowAsync(subscriptionId, cancellationToken);
        var paid = await db.Invoices.Where(i => i.Provider == provider && i.SubscriptionId == subscriptionId).ToListAsync(cancellationToken);
        foreach (var invoice in paid)
        {
            await RefundAsync(provider, invoice, cancellationToken);
        }
    }
}
