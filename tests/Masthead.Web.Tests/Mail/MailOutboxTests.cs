using Masthead.Web.Data;
using Masthead.Web.Infrastructure.Mail;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Tests.Mail;

/// <summary>Mail is a row first; the sender delivers each row once, whatever fails, crashes or races.</summary>
public abstract class MailOutboxTests(OutboxApp app) : AppTests(app)
{
    private RecordingMailer Mailer => app.Mailer;

    [Fact]
    public async Task A_message_whose_first_attempt_fails_is_retried_and_delivered_exactly_once()
    {
        var to = TestAccounts.NewEmail("refused-once");
        Mailer.RefuseNext(to, 1);

        await QueueAsync(Mail(to, "Retried"));
        var row = await SentRowAsync(to);

        Assert.Single(Mailer.SentTo(to));
        Assert.Equal(2, row.Attempts);
        Assert.Contains("refused", row.LastError, StringComparison.Ordinal);
        Assert.Null(row.ClaimedUntil);
    }

    [Fact]
    public async Task Two_workers_racing_over_the_same_messages_deliver_each_exactly_once()
    {
        var batch = Guid.NewGuid().ToString("N");
        var recipients = Enumerable.Range(0, 30).Select(i => TestAccounts.NewEmail($"race{i}")).ToList();
        using var one = NewWorker();
        using var other = NewWorker();

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            recipients.ForEach(to => outbox.Add(Mail(to, batch)));
            await scope.ServiceProvider.GetRequiredService<MastheadDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await Task.WhenAll(DrainAsync(one), DrainAsync(other));
        await Eventually.ReturnsAsync(() => UnsentAsync(batch), n => n == 0, "every message to be sent");

        var delivered = Mailer.Sent.Where(m => m.Subject == batch).ToList();
        Assert.Equal(recipients.Order(), delivered.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(delivered.Count, delivered.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task After_a_crash_a_lapsed_claim_is_sent_again_a_live_claim_is_left_alone_and_a_sent_message_never_goes_twice()
    {
        var now = App.Service<TimeProvider>().GetUtcNow();
        var (sent, lapsed, live) = (TestAccounts.NewEmail("sent"), TestAccounts.NewEmail("lapsed"), TestAccounts.NewEmail("live"));
        await App.WithDbAsync(db =>
        {
            db.OutboxMails.AddRange(
                Row(sent, now.AddMinutes(-10), claimedUntil: null, sentAt: now.AddMinutes(-9)),
                Row(lapsed, now.AddMinutes(-10), claimedUntil: now.AddSeconds(-1), sentAt: null),
                Row(live, now.AddMinutes(-10), claimedUntil: now.AddMinutes(4), sentAt: null));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        using var worker = NewWorker();
        await DrainAsync(worker);
        await SentRowAsync(lapsed);

        Assert.Single(Mailer.SentTo(lapsed));
        Assert.Empty(Mailer.SentTo(sent));
        Assert.Empty(Mailer.SentTo(live));
    }

    [Fact]
    public async Task Mail_added_to_a_change_is_queued_when_the_change_commits_and_never_when_it_rolls_back()
    {
        var (kept, dropped) = (TestAccounts.NewEmail("committed"), TestAccounts.NewEmail("rolled-back"));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MastheadDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
            {
                outbox.Add(Mail(dropped, "Rolled back"));
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                await transaction.RollbackAsync(TestContext.Current.CancellationToken);
            }

            db.ChangeTracker.Clear();
            await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
            {
                outbox.Add(Mail(kept, "Committed"));
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                await transaction.CommitAsync(TestContext.Current.CancellationToken);
            }
        }

        // The app polls once an hour: only the commit's wake-up gets this sent within the wait.
        await SentRowAsync(kept);
        Assert.Single(Mailer.SentTo(kept));
        Assert.Empty(Mailer.SentTo(dropped));
        Assert.False(await App.WithDbAsync(db => db.OutboxMails.AnyAsync(m => m.To == dropped, TestContext.Current.CancellationToken)));
    }

    private static OutgoingMail Mail(string to, string subject) => new(to, subject, "Plain text.", "<p>HTML.</p>");

    private OutboxMail Row(string to, DateTimeOffset created, DateTimeOffset? claimedUntil, DateTimeOffset? sentAt) => new()
    {
        To = to,
        Subject = "Left by a crash",
        Message = MimeMessages.Serialize(MimeMessages.Build(Mail(to, "Left by a crash"), new MailOptions(), App.Service<TimeProvider>())),
        CreatedAt = created,
        NextAttemptAt = created,
        Attempts = sentAt is null ? 0 : 1,
        ClaimedUntil = claimedUntil,
        SentAt = sentAt,
    };

    private async Task QueueAsync(OutgoingMail mail)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MailOutbox>().QueueAsync(mail, TestContext.Current.CancellationToken);
    }

    /// <summary>A second sender, as another node would run, beside the app's own.</summary>
    private MailOutboxSender NewWorker() => ActivatorUtilities.CreateInstance<MailOutboxSender>(App.Services);

    private static async Task DrainAsync(MailOutboxSender worker)
    {
        while (await worker.SendDueAsync(TestContext.Current.CancellationToken) > 0)
        {
        }
    }

    private Task<int> UnsentAsync(string subject) =>
        App.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.Subject == subject && m.SentAt == null, TestContext.Current.CancellationToken));

    private Task<OutboxMail> SentRowAsync(string to) =>
        Eventually.ReturnsAsync(
            () => App.WithDbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.To == to, TestContext.Current.CancellationToken)),
            row => row.SentAt is not null,
            $"the mail to {to} to be sent");
}

public sealed class MailOutboxOnSqlite(SqliteOutboxApp app) : MailOutboxTests(app), IClassFixture<SqliteOutboxApp>;

public sealed class MailOutboxOnPostgres(PostgresOutboxApp app) : MailOutboxTests(app), IClassFixture<PostgresOutboxApp>;
