using Masthead.Web.Data;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>
/// Where outgoing mail waits: a row in the same database as the change it belongs to. <see cref="Add"/>
/// leaves the row to the caller's own SaveChanges, so the mail is queued if and only if the change
/// commits; <see cref="QueueAsync"/> saves at once. <see cref="MailOutboxSender"/> does the sending.
/// </summary>
public sealed class MailOutbox(MastheadDbContext db, IOptions<MailOptions> options, TimeProvider clock, MailOutboxWake wake)
{
    public void Add(OutgoingMail mail)
    {
        var now = clock.GetUtcNow();
        db.OutboxMails.Add(new OutboxMail
        {
            To = mail.To,
            Subject = mail.Subject.Length > OutboxMail.SubjectLength ? mail.Subject[..OutboxMail.SubjectLength] : mail.Subject,
            Message = MimeMessages.Serialize(MimeMessages.Build(mail, options.Value, clock)),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        wake.AfterCommit(db);
    }

    public async Task QueueAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Add(mail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
