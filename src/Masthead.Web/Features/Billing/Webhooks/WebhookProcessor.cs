using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Webhooks;

/// <summary>
/// Acts on stored webhook events, oldest first, each in its own transaction. An event whose
/// processing failed, or was cut short by a crash, is still unprocessed and is tried again.
/// </summary>
public sealed class WebhookProcessor(IServiceScopeFactory scopes, WebhookSignal signal, TimeProvider clock, ILogger<WebhookProcessor> logger) : BackgroundService
{
    /// <summary>With the back-off below, about nine hours of attempts before an event is given up.</summary>
    public const int MaxAttempts = 20;

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
            await RetryLaterAsync(stored, e, cancellationToken);
        }

        return true;
    }

    /// <summary>Counts the failed attempt and sets the next one, with back-off; after the last, says so loudly.</summary>
    private async Task RetryLaterAsync(WebhookEventRecord stored, Exception failure, CancellationToken cancellationToken)
    {
        // The failed attempt's scope may hold half-applied changes: the count is kept in a fresh one.
        await using var retryScope = scopes.CreateAsyncScope();
        var retryDb = retryScope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var again = await retryDb.WebhookEvents.SingleAsync(x => x.Id == stored.Id, cancellationToken);
        again.Attempts++;
        again.LastError = failure.Message.Length > 2000 ? failure.Message[..2000] : failure.Message;
        again.NextAttemptAt = clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, again.Attempts)));
        await retryDb.SaveChangesAsync(cancellationToken);

        if (again.Attempts >= MaxAttempts)
        {
            logger.LogError(failure, "Webhook event {EventId} gave up after {Attempts} attempts and will not be tried again: {Reason}", stored.EventId, again.Attempts, failure.Message);
        }
        else if (failure is UnknownCustomerException)
        {
            logger.LogWarning("Webhook event {EventId} waits for its customer (attempt {Attempt}): {Reason}", stored.EventId, again.Attempts, failure.Message);
        }
        else
        {
            logger.LogError(failure, "Webhook event {EventId} failed (attempt {Attempt})", stored.EventId, again.Attempts);
        }
    }
}
