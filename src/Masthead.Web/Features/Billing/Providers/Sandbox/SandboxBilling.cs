using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>What readers do on the sandbox's hosted pages: pay at checkout, change the card on file.</summary>
public sealed class SandboxBilling(
    MastheadDbContext db, SandboxEvents events, SandboxCharges charges, TimeProvider clock, SandboxSignal signal, SandboxDueWork dueWork)
{
    /// <returns>Null on success, else the message the checkout page shows.</returns>
    public async Task<string?> CompleteCheckoutAsync(string checkoutId, string? number, string? expiry, string? cvc, CancellationToken cancellationToken)
    {
        // One charge at a time: a double-submitted checkout must not subscribe (and charge) twice.
        using var turn = await dueWork.TakeAsync(cancellationToken);
        var checkout = await db.Set<SandboxCheckout>().SingleAsync(c => c.Id == checkoutId, cancellationToken);
        if (checkout.SubscriptionId is not null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
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
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return null;
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
