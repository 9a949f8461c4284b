using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>Charges invoices against cards, the way Stripe's test cards behave, with Stripe-like retries.</summary>
public sealed class SandboxCharges(MastheadDbContext db, SandboxEvents events, TimeProvider clock)
{
    /// <summary>Days after the first failure at which the charge is tried again; after the last, the subscription is unpaid.</summary>
    public static readonly int[] RetryDays = [3, 5, 7];

    public static string? DeclineMessage(SandboxCardBehaviour behaviour) => behaviour switch
    {
        SandboxCardBehaviour.Succeeds => null,
        SandboxCardBehaviour.FailsWhenCharged or SandboxCardBehaviour.Declined => "Your card was declined.",
        SandboxCardBehaviour.InsufficientFunds => "Your card has insufficient funds.",
        _ => throw new ArgumentOutOfRangeException(nameof(behaviour), behaviour, null),
    };

    public SandboxInvoice NewInvoice(SandboxSubscription subscription, DateTimeOffset periodEnd)
    {
        var invoice = new SandboxInvoice
        {
            Id = SandboxIds.New("in"),
            Number = $"SBX-{clock.GetUtcNow():yyyyMMdd}-{Random.Shared.Next(1000, 9999)}",
            SubscriptionId = subscription.Id,
            CustomerId = subscription.CustomerId,
            AmountMinor = subscription.AmountMinor,
            Currency = subscription.Currency,
            PeriodEnd = periodEnd,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Set<SandboxInvoice>().Add(invoice);
        return invoice;
    }

    /// <summary>Tries the customer's default card and tells the webhook endpoint what happened.</summary>
    public async Task<bool> ChargeAsync(SandboxInvoice invoice, SandboxSubscription subscription, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (subscription.Status == SubscriptionStatus.Canceled)
        {
            // An ended subscription is never revived by retrying its last unpaid invoice.
            invoice.NextAttemptAt = null;
            return false;
        }

        var customer = await db.Set<SandboxCustomer>().SingleAsync(c => c.Id == invoice.CustomerId, cancellationToken);
        var card = customer.DefaultCardId is null ? null : await db.Set<SandboxCard>().FindAsync([customer.DefaultCardId], cancellationToken);
        var behaviour = card?.Behaviour ?? SandboxCardBehaviour.Declined;
        var succeeded = behaviour == SandboxCardBehaviour.Succeeds;
        invoice.AttemptCount++;
        db.Set<SandboxPaymentAttempt>().Add(new SandboxPaymentAttempt
        {
            InvoiceId = invoice.Id,
            CardId = card?.Id ?? "none",
            Succeeded = succeeded,
            FailureCode = succeeded ? null : behaviour.ToString(),
            At = now,
        });

        if (succeeded)
        {
            invoice.Paid = true;
            invoice.NextAttemptAt = null;
            events.Invoice(invoice, "invoice.paid");
            if (subscription.Status is not SubscriptionStatus.Active)
            {
                subscription.Status = SubscriptionStatus.Active;
                events.SubscriptionChanged(subscription);
            }

            return true;
        }

        var retry = invoice.AttemptCount <= RetryDays.Length;
        invoice.NextAttemptAt = retry ? invoice.CreatedAt.AddDays(RetryDays[invoice.AttemptCount - 1]) : null;
        events.Invoice(invoice, "invoice.payment_failed");
        var status = retry ? SubscriptionStatus.PastDue : SubscriptionStatus.Unpaid;
        if (subscription.Status != status)
        {
            subscription.Status = status;
            events.SubscriptionChanged(subscription);
        }

        return false;
    }

    public static DateTimeOffset NextPeriodEnd(DateTimeOffset from, BillingInterval interval) =>
        interval == BillingInterval.Year ? from.AddYears(1) : from.AddMonths(1);
}
