using MimeKit;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>Turns an <see cref="OutgoingMail"/> into the MIME message every mailer sends.</summary>
public static class MimeMessages
{
    public static MimeMessage Build(OutgoingMail mail, MailOptions options, TimeProvider clock)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = clock.GetUtcNow();
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }
}
