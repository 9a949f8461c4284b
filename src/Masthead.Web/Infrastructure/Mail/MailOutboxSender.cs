using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>
/// Sends the outbox through <see cref="IMailer"/>, oldest first. Each message is claimed before it is
/// sent, by an update only one worker on any node can win, and the claim lapses if its worker dies.
/// A sent message is never sent again; one whose worker crashed between sending and recording it is
/// sent a second time, with the same Message-Id, so mail clients can tell.
/// </summary>
public sealed class MailOutboxSender(
    IServiceScopeFactory scopes,
    IMailer mailer,
    MailOutboxSignal signal,
    TimeProvider clock,
    IOptions<MailOutboxOptions> options,
    ILogger<MailOutboxSender> logger) : BackgroundService
{
    /// <summary>Far longer than sending one message takes (MailKit waits at most two minutes on any one step).</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Keeps a worker from spinning on a message that falls due within the same instant.</summary>
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(50);

    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                while (await SendDueAsync(stoppingToken) > 0)
                {
                }

                wait = await UntilNextDueAsync(wait, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sending the mail outbox failed; it will run again");
            }

            await signal.WaitAsync(wait, stoppingToken);
        }
    }

    /// <returns>How many messages this worker claimed (sent, or failed and rescheduled).</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.SentAt == null && m.Attempts < options.Value.MaxAttempts && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var claimed = 0;
        foreach (var id in due)
        {
            if (await TryClaimAsync(db, id, cancellationToken) is { } mail)
            {
                claimed++;
                await SendAsync(db, mail, cancellationToken);
            }
        }

        return claimed;
    }

    /// <summary>Until the next retry falls due or another worker's claim lapses, if that comes before <paramref name="longest"/>.</summary>
    private async Task<TimeSpan> UntilNextDueAsync(TimeSpan longest, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
        var next = await db.OutboxMails
            .Where(m => m.SentAt == null && m.Attempts < options.Value.MaxAttempts)
            .Select(m => m.ClaimedUntil != null && m.ClaimedUntil > m.NextAttemptAt ? m.ClaimedUntil.Value : m.NextAttemptAt)
            .OrderBy(due => due)
            .Select(due => (DateTimeOffset?)due)
            .FirstOrDefaultAsync(cancellationToken);
        var wait = next - clock.GetUtcNow();
        return wait is null || wait > longest ? longest : wait < MinimumWait ? MinimumWait : wait.Value;
    }

    /// <summary>Sets the claim only where no live claim exists; the row count says who won.</summary>
    private async Task<OutboxMail?> TryClaimAsync(MastheadDbContext db, long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + Lease;
        var won = await db.OutboxMails
            .Where(m => m.Id == id && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        return won == 1 ? await db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken) : null;
    }

    private async Task SendAsync(MastheadDbContext db, OutboxMail mail, CancellationToken cancellationToken)
    {
        var attempts = mail.Attempts + 1;
        try
        {
            await mailer.SendAsync(MimeMessages.Parse(mail.Message), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = e.Message.Length > OutboxMail.ErrorLength ? e.Message[..OutboxMail.ErrorLength] : e.Message;
            var next = clock.GetUtcNow() + options.Value.RetryDelay(attempts);
            await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
            if (attempts >= options.Value.MaxAttempts)
            {
                logger.LogError(e, "Mail {Id} \"{Subject}\" failed {Attempts} times and is given up", mail.Id, mail.Subject, attempts);
            }
            else
            {
                logger.LogWarning(e, "Mail {Id} \"{Subject}\" failed (attempt {Attempts}); retrying at {Next}", mail.Id, mail.Subject, attempts, next);
            }

            return;
        }

        // Recorded even while the host stops: the message has left, and must not leave again.
        var sentAt = clock.GetUtcNow();
        await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
            CancellationToken.None);
    }
}
