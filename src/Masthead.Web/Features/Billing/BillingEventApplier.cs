using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing;

/// <summary>
/// Applies one stored billing event to our records: one small handler per event kind, each an
/// order-independent upsert, so replays and late arrivals change nothing they should not.
/// </summary>
public sealed class BillingEventApplier(
    MastheadDbContext db, PlanCatalog plans, BillingMails mails, DuplicateSubscriptions duplicates)
{
    public async Task ApplyAsync(string provider, BillingEvent billingEvent, CancellationToken cancellationToken)
    {
        if (billingEvent is IgnoredEvent)
        {
            return;
        }

        var customer = await db.BillingCustomers.FirstOrDefaultAsync(
            c => c.Provider == provider && c.CustomerId == billingEvent.CustomerId, cancellationToken);
        if (customer is null)
        {
            throw new UnknownCustomerException(billingEvent.EventId, billingEvent.CustomerId);
        }

        switch (billingEvent)
        {
            case CardOnFileChanged card:
                CardChanged(customer, card);
                break;
            case SubscriptionChanged changed:
                await SubscriptionChangedAsync(provider, customer, changed, cancellationToken);
                break;
            case InvoicePaid paid:
                await InvoicePaidAsync(provider, customer, paid, cancellationToken);
                break;
            case InvoicePaymentFailed failed:
                await InvoiceFailedAsync(provider, customer, failed, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"No handler for {billingEvent.GetType().Name}.");
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void CardChanged(BillingCustomer customer, CardOnFileChanged e)
    {
        if (customer.CardUpdatedAt > e.Created)
        {
            return;
        }

        (customer.CardBrand, customer.CardLast4, customer.CardExpMonth, customer.CardExpYear) = (e.Card.Brand, e.Card.Last4, e.Card.ExpMonth, e.Card.ExpYear);
        customer.CardUpdatedAt = e.Created;
    }

    private async Task SubscriptionChangedAsync(string provider, BillingCustomer customer, SubscriptionChanged e, CancellationToken cancellationToken)
    {
        await duplicates.TakeTurnAsync(customer, cancellationToken);
        var record = await FindAsync(provider, e.SubscriptionId, cancellationToken);
        var state = SubscriptionTransitions.Apply(record?.ToState(), e)!;
        if (record is null)
        {
            record = new SubscriptionRecord { UserId = customer.UserId, PlanName = "", Provider = provider, CreatedAt = e.Created };
            db.Subscriptions.Add(record);
        }

        record.Set(state);
        if (await plans.FindAsync(e.ProviderPriceId, cancellationToken) is var (plan, interval))
        {
            (record.PlanId, record.PlanName, record.Interval, record.Currency) = (plan.Id, plan.Name, interval, plan.Currency);
            record.AmountMinor = plan.AmountFor(interval) ?? 0;
        }
        else if (record.PlanName.Length == 0)
        {
            record.PlanName = "Subscription";
        }

        record.UpdatedAt = e.Created;
        await duplicates.EnforceAsync(provider, record, cancellationToken);
    }

    private async Task InvoicePaidAsync(string provider, BillingCustomer customer, InvoicePaid e, CancellationToken cancellationToken)
    {
        var record = e.SubscriptionId is null ? null : await FindAsync(provider, e.SubscriptionId, cancellationToken);
        if (record is not null)
        {
            record.Set(SubscriptionTransitions.Apply(record.ToState(), e)!);
        }

        var invoice = await InvoiceAsync(provider, customer, e.InvoiceId, e.SubscriptionId, e.AmountMinor, e.Currency, e.Created, cancellationToken);
        invoice.Number = e.Number ?? invoice.Number;
        if (invoice.Status != InvoiceStatus.Paid)
        {
            invoice.Status = InvoiceStatus.Paid;
            invoice.PaidAt = e.Created;
            await mails.AddReceiptAsync(customer.UserId, e.AmountMinor, e.Currency, invoice.Number, e.Created, cancellationToken);
        }

        if (record?.DuplicateOfId is not null)
        {
            await duplicates.RefundAsync(provider, invoice, cancellationToken);
        }
    }

    private async Task InvoiceFailedAsync(string provider, BillingCustomer customer, InvoicePaymentFailed e, CancellationToken cancellationToken)
    {
        if (e.SubscriptionId is not null && await FindAsync(provider, e.SubscriptionId, cancellationToken) is { } record)
        {
            record.Set(SubscriptionTransitions.Apply(record.ToState(), e)!);
        }

        var invoice = await InvoiceAsync(provider, customer, e.InvoiceId, e.SubscriptionId, e.AmountMinor, e.Currency, e.Created, cancellationToken);
        if (invoice.Status == InvoiceStatus.Open && e.AttemptCount > invoice.FailedAttempts)
        {
            var first = invoice.FailedAttempts == 0;
            invoice.FailedAttempts = e.AttemptCount;
            if (first)
            {
                await mails.AddPaymentFailedAsync(customer.UserId, e.AmountMinor, e.Currency, cancellationToken);
            }
        }
    }

    private Task<SubscriptionRecord?> FindAsync(string provider, string subscriptionId, CancellationToken cancellationToken) =>
        db.Subscriptions.FirstOrDefaultAsync(s => s.Provider == provider && s.ProviderSubscriptionId == subscriptionId, cancellationToken);

    private async Task<InvoiceRecord> InvoiceAsync(
        string provider, BillingCustomer customer, string invoiceId, string? subscriptionId, long amount, string currency, DateTimeOffset created,
        CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.FirstOrDefaultAsync(i => i.Provider == provider && i.InvoiceId == invoiceId, cancellationToken);
        if (invoice is null)
        {
            invoice = new InvoiceRecord
            {
                UserId = customer.UserId,
                Provider = provider,
                InvoiceId = invoiceId,
                SubscriptionId = subscriptionId,
                AmountMinor = amount,
                Currency = currency,
                CreatedAt = created,
            };
            db.Invoices.Add(invoice);
        }

        return invoice;
    }
}
