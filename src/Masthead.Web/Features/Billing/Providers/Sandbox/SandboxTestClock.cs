using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>
/// Moves sandbox time and plays out everything that falls due on the way, in order: renewals,
/// retries of failed charges, subscriptions that end at their period end.
/// </summary>
public sealed class SandboxTestClock(
    MastheadDbContext db, SandboxClock clock, SandboxCharges charges, SandboxEvents events, SandboxSignal signal, SandboxDueWork dueWork)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Loads the stored offset (another process, such as the CLI, may have moved it).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var state = await db.Set<SandboxClockState>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);
        clock.SetOffset(TimeSpan.FromSeconds(state?.OffsetSeconds ?? 0));
    }

    public async Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        if (by <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The test clock only moves forward.");
        }

        using var turn = await dueWork.TakeAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        var target = clock.GetUtcNow() + by;
        for (var step = 0; await NextDueAsync(target, cancellationToken) is { } due; step++)
        {
            if (step > 10_000)
            {
                throw new InvalidOperationException("The test clock found work due that never completes.");
            }

            await SetNowAsync(due, cancellationToken);
            await ProcessDueAsync(cancellationToken);
        }

        await SetNowAsync(target, cancellationToken);
        signal.Notify();
    }

    /// <summary>Handles what has fallen due in real time, taking turns with anyone moving the clock.</summary>
    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        using var turn = await dueWork.TakeAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        await ProcessDueAsync(cancellationToken);
    }

    /// <summary>Handles everything due at the clock's present moment.</summary>
    private async Task ProcessDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ending = await db.Set<SandboxSubscription>()
            .Where(s => s.Status != SubscriptionStatus.Canceled && s.Status != SubscriptionStatus.Incomplete && s.PeriodEnd <= now)
            .ToListAsync(cancellationToken);
        foreach (var subscription in ending)
        {
            if (subscription.CancelAtPeriodEnd)
            {
                subscription.Status = SubscriptionStatus.Canceled;
                events.SubscriptionChanged(subscription, "customer.subscription.deleted");
            }
            else if (subscription.Status is SubscriptionStatus.Active or SubscriptionStatus.Trialing)
            {
                var invoice = charges.NewInvoice(subscription, SandboxCharges.NextPeriodEnd(subscription.PeriodEnd, subscription.Interval));
                subscription.PeriodStart = subscription.PeriodEnd;
                subscription.PeriodEnd = invoice.PeriodEnd;
                events.SubscriptionChanged(subscription);
                await charges.ChargeAsync(invoice, subscription, cancellationToken);
            }
        }

        var retries = await db.Set<SandboxInvoice>().Where(i => !i.Paid && i.NextAttemptAt != null && i.NextAttemptAt <= now).ToListAsync(cancellationToken);
        foreach (var invoice in retries)
        {
            var subscription = await db.Set<SandboxSubscription>().SingleAsync(s => s.Id == invoice.SubscriptionId, cancellationToken);
            await charges.ChargeAsync(invoice, subscription, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var renewal = await db.Set<SandboxSubscription>()
            .Where(s => s.Status != SubscriptionStatus.Canceled && s.Status != SubscriptionStatus.Incomplete && s.PeriodEnd <= until
                && (s.CancelAtPeriodEnd || s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Trialing))
            .Select(s => (DateTimeOffset?)s.PeriodEnd).OrderBy(d => d).FirstOrDefaultAsync(cancellationToken);
        var retry = await db.Set<SandboxInvoice>()
            .Where(i => !i.Paid && i.NextAttemptAt != null && i.NextAttemptAt <= until)
            .Select(i => i.NextAttemptAt).OrderBy(d => d).FirstOrDefaultAsync(cancellationToken);
        DateTimeOffset? next = renewal is null ? retry : retry is null ? renewal : renewal < retry ? renewal : retry;
        return next is { } n && n < now ? now : next;
    }

    private async Task SetNowAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var offset = now - (clock.GetUtcNow() - clock.Offset);
        var state = await db.Set<SandboxClockState>().FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (state is null)
        {
            state = new SandboxClockState { Id = 1 };
            db.Set<SandboxClockState>().Add(state);
        }

        state.OffsetSeconds = (long)Math.Ceiling(offset.TotalSeconds);
        await db.SaveChangesAsync(cancellationToken);
        clock.SetOffset(TimeSpan.FromSeconds(state.OffsetSeconds));
    }
}

/// <summary>
/// One renewal round at a time in this process: the sender's round and an admin moving the clock
/// must not both renew the same subscription.
/// </summary>
public sealed class SandboxDueWork : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
