using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>Turns an <see cref="OutgoingMail"/> into the MIME message every mailer sends, and stores it as text.</summary>
public static class MimeMessages
{
    public static MimeMessage Build(OutgoingMail mail, MailOptions options, TimeProvider clock)
    {
        var from = new MailboxAddress(options.FromName, options.FromAddress);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Date = clock.GetUtcNow();
        message.MessageId = MimeUtils.GenerateMessageId(from.Domain);
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    /// <summary>The message in 7-bit MIME (headers and bodies encoded as needed), so it keeps as plain ASCII text.</summary>
    public static string Serialize(MimeMessage message)
    {
        message.Prepare(EncodingConstraint.SevenBit);
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return Encoding.ASCII.GetString(stream.ToArray());
    }

    public static MimeMessage Parse(string serialized)
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(serialized));
        return MimeMessage.Load(stream);
    }
}
