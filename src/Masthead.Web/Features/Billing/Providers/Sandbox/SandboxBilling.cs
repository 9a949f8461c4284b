using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>What readers do on the sandbox's hosted pages: pay at checkout, change the card on file.</summary>
public sealed class SandboxBilling(
    MastheadDbContext db, SandboxEvents events, SandboxCharges charges, TimeProvider clock, SandboxSignal signal, SandboxDueWork dueWork)
{
    public const string ExpiredMessage = "This checkout has expired because a newer one was started. Nothing was charged.";
    public const string AlreadySubscribedMessage = "You already have a subscription, so nothing was charged.";

    /// <returns>Null on success, else the message the checkout page shows.</returns>
    public async Task<string?> CompleteCheckoutAsync(string checkoutId, string? number, string? expiry, string? cvc, CancellationToken cancellationToken)
    {
        using var turn = await dueWork.TakeAsync(cancellationToken);
        var customerId = await db.Set<SandboxCheckout>().Where(c => c.Id == checkoutId).Select(c => c.CustomerId).SingleAsync(cancellationToken);

        // A customer's completions take turns on every node and both databases: the first statement
        // writes the customer's row, which holds its lock until this transaction ends. So a double
        // click, two tabs or two checkouts paid at once make one subscription and one charge.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<SandboxCustomer>().Where(c => c.Id == customerId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, c => c.Version + 1), cancellationToken);
        var checkout = await db.Set<SandboxCheckout>().SingleAsync(c => c.Id == checkoutId, cancellationToken);
        if (checkout.SubscriptionId is not null)
        {
            return null;
        }

        if (checkout.ExpiredAt is not null)
        {
            return ExpiredMessage;
        }

        var now = clock.GetUtcNow();
        if (await db.Set<SandboxSubscription>().AnyAsync(s => s.CustomerId == customerId && SubscriptionStatusRules.Live.Contains(s.Status), cancellationToken))
        {
            checkout.ExpiredAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return AlreadySubscribedMessage;
        }
        var (read, error) = SandboxCardNumbers.Read(number, expiry, cvc, now);
        if (read is null)
        {
            return error;
        }

        // Stripe's checkout charges (or, for a trial, verifies) the card before anything exists.
        var decline = SandboxCharges.DeclineMessage(read.Behaviour);
        if (decline is not null && !(checkout.TrialDays > 0 && read.Behaviour == SandboxCardBehaviour.FailsWhenCharged))
        {
            return decline;
        }

        Attach(checkout.CustomerId, read, expiry!, now);
        var trial = checkout.TrialDays > 0;
        var subscription = new SandboxSubscription
        {
            Id = SandboxIds.New("sub"),
            CustomerId = checkout.CustomerId,
            PriceId = checkout.PriceId,
            AmountMinor = checkout.AmountMinor,
            Currency = checkout.Currency,
            Interval = checkout.Interval,
            Status = trial ? SubscriptionStatus.Trialing : SubscriptionStatus.Active,
            PeriodStart = now,
            PeriodEnd = trial ? now.AddDays(checkout.TrialDays) : SandboxCharges.NextPeriodEnd(now, checkout.Interval),
        };
        db.Set<SandboxSubscription>().Add(subscription);
        checkout.SubscriptionId = subscription.Id;
        events.SubscriptionChanged(subscription, "customer.subscription.created");
        if (!trial)
        {
            var invoice = charges.NewInvoice(subscription, subscription.PeriodEnd);
            await db.SaveChangesAsync(cancellationToken);
            await charges.ChargeAsync(invoice, subscription, cancellationToken);
        }

        events.CheckoutCompleted(checkout);
        await ExpireOpenCheckoutsAsync(customerId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return null;
    }

    /// <summary>Marks the customer's unpaid checkouts expired; saved with the caller's changes.</summary>
    public async Task ExpireOpenCheckoutsAsync(string customerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Set<SandboxCheckout>()
            .Where(c => c.CustomerId == customerId && c.SubscriptionId == null && c.ExpiredAt == null)
            .ToListAsync(cancellationToken);
        foreach (var checkout in open)
        {
            checkout.ExpiredAt = now;
        }
    }

    /// <summary>Ends a subscription now, as Stripe's immediate cancellation does: no renewal, no retry of an open invoice.</summary>
    public async Task CancelNowAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        using var turn = await dueWork.TakeAsync(cancellationToken);
        var subscription = await db.Set<SandboxSubscription>().FirstOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
        if (subscription is null || subscription.Status == SubscriptionStatus.Canceled)
        {
            return;
        }

        subscription.Status = SubscriptionStatus.Canceled;
        subscription.PeriodEnd = clock.GetUtcNow();
        events.SubscriptionChanged(subscription, "customer.subscription.deleted");
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }

    public async Task RefundInvoiceAsync(string invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.Set<SandboxInvoice>().FirstOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is not { Paid: true, RefundedAt: null })
        {
            return;
        }

        invoice.RefundedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Puts a new card on file and at once retries any unpaid invoice with it.</summary>
    public async Task<string?> UpdateCardAsync(string customerId, string? number, string? expiry, string? cvc, CancellationToken cancellationToken)
    {
        var (read, error) = SandboxCardNumbers.Read(number, expiry, cvc, clock.GetUtcNow());
        if (read is null)
        {
            return error;
        }

        using var turn = await dueWork.TakeAsync(cancellationToken);
        Attach(customerId, read, expiry!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var open = await db.Set<SandboxInvoice>().Where(i => i.CustomerId == customerId && !i.Paid).ToListAsync(cancellationToken);
        foreach (var invoice in open)
        {
            var subscription = await db.Set<SandboxSubscription>().SingleAsync(s => s.Id == invoice.SubscriptionId, cancellationToken);
            await charges.ChargeAsync(invoice, subscription, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return null;
    }

    public async Task SetCancelAtPeriodEndAsync(string subscriptionId, bool cancel, CancellationToken cancellationToken)
    {
        var subscription = await db.Set<SandboxSubscription>().SingleAsync(s => s.Id == subscriptionId, cancellationToken);
        if (subscription.Status is SubscriptionStatus.Canceled || subscription.CancelAtPeriodEnd == cancel)
        {
            return;
        }

        subscription.CancelAtPeriodEnd = cancel;
        events.SubscriptionChanged(subscription);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
    }

    private void Attach(string customerId, SandboxCardNumbers.Card read, string expiry, DateTimeOffset now)
    {
        SandboxCardNumbers.TryExpiry(expiry, out var month, out var year);
        var card = new SandboxCard
        {
            Id = SandboxIds.New("pm"),
            CustomerId = customerId,
            Brand = read.Brand,
            Last4 = read.Last4,
            ExpMonth = month,
            ExpYear = year,
            Behaviour = read.Behaviour,
            CreatedAt = now,
        };
        db.Set<SandboxCard>().Add(card);
        var customer = db.Set<SandboxCustomer>().Local.FirstOrDefault(c => c.Id == customerId)
            ?? db.Set<SandboxCustomer>().Single(c => c.Id == customerId);
        customer.DefaultCardId = card.Id;
        events.CardAttached(card);
    }
}
