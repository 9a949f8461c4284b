using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Webhooks;

/// <summary>
/// Acts on stored webhook events, oldest first, each in its own transaction. An event whose
/// processing failed, or was cut short by a crash, is still unprocessed and is tried again.
/// </summary>
public sealed class WebhookProcessor(IServiceScopeFactory scopes, WebhookSignal signal, TimeProvider clock, ILogger<WebhookProcessor> logger) : BackgroundService
{
    private const int MaxAttempts = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ProcessNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Webhook processing round failed; it will run again");
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
        }
    }

    /// <returns>Whether an event was taken (so there may be more).</returns>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var now = clock.GetUtcNow();
        var stored = await db.WebhookEvents
            .Where(e => e.ProcessedAt == null && e.Attempts < MaxAttempts && (e.NextAttemptAt == null || e.NextAttemptAt <= now))
            .OrderBy(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return false;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var applier = scope.ServiceProvider.GetRequiredService<BillingEventApplier>();
            await applier.ApplyAsync(stored.Provider, BillingEventJson.Read(stored.Payload), cancellationToken);
            stored.ProcessedAt = clock.GetUtcNow();
            stored.Attempts++;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Webhook event {EventId} failed (attempt {Attempt})", stored.EventId, stored.Attempts + 1);
            await using var retryScope = scopes.CreateAsyncScope();
            var retryDb = retryScope.ServiceProvider.GetRequiredService<MastheadDbContext>();
            var again = await retryDb.WebhookEvents.SingleAsync(x => x.Id == stored.Id, cancellationToken);
            again.Attempts++;
            again.LastError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            again.NextAttemptAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, again.Attempts)));
            await retryDb.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
