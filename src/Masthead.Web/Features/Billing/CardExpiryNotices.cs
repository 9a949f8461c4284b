using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

/// <summary>
/// Reminds subscribers, once per card, that the card on file runs out before their next payment
/// is likely to need it. Runs hourly; safe to run on several nodes: a conditional update claims each
/// reminder, and the mail is queued in the same transaction as the claim.
/// </summary>
public sealed class CardExpiryNotices(IServiceScopeFactory scopes, TimeProvider clock, IOptions<BillingOptions> options, ILogger<CardExpiryNotices> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Card expiry reminders failed; they will run again");
            }

            await Task.Delay(TimeSpan.FromHours(1), stoppingToken);
        }
    }

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var mails = scope.ServiceProvider.GetRequiredService<BillingMails>();
        var horizon = clock.GetUtcNow().AddDays(options.Value.CardExpiryNoticeDays);
        var key = (horizon.Year * 100) + horizon.Month;
        var due = await db.BillingCustomers.AsNoTracking()
            .Where(c => c.CardExpYear != null && c.CardExpMonth != null && (c.CardExpYear * 100) + c.CardExpMonth <= key)
            .Where(c => c.CardExpiryNoticeFor == null || c.CardExpiryNoticeFor != (c.CardExpYear * 100) + c.CardExpMonth)
            .Where(c => db.Subscriptions.Where(SubscriptionQueries.Renews).Any(s => s.UserId == c.UserId))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var customer in due)
        {
            var expiry = (customer.CardExpYear!.Value * 100) + customer.CardExpMonth!.Value;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.BillingCustomers
                .Where(c => c.Id == customer.Id && (c.CardExpiryNoticeFor == null || c.CardExpiryNoticeFor != expiry))
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.CardExpiryNoticeFor, expiry), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            await mails.AddCardExpiringAsync(customer.UserId, customer.CardBrand ?? "card", customer.CardLast4 ?? "", customer.CardExpMonth.Value, customer.CardExpYear.Value, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            sent++;
        }

        return sent;
    }
}
