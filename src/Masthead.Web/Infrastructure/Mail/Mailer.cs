using MimeKit;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>One e-mail to one recipient, with a plain-text and an HTML body.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string HtmlBody);

/// <summary>Hands messages to the mail server (or the pickup folder) at once, on the caller's time.</summary>
/// <remarks>Requests queue their mail in <see cref="MailOutbox"/> instead, so that no answer waits on a mail server.</remarks>
public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);

    /// <summary>Sends a finished message exactly as it is (Message-Id, date and all).</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>The one shape of our transactional mail: a paragraph, a link, an optional paragraph, the signature.</summary>
public static class LinkMail
{
    public static OutgoingMail Compose(string to, string subject, string intro, string link, string linkText, string? outro, string signature)
    {
        var e = System.Text.Encodings.Web.HtmlEncoder.Default;
        var text = $"{intro}\n\n{linkText}: {link}\n\n{(string.IsNullOrEmpty(outro) ? "" : outro + "\n\n")}{signature}\n";
        var html = $"<p>{e.Encode(intro)}</p><p><a href=\"{e.Encode(link)}\">{e.Encode(linkText)}</a></p>"
            + (string.IsNullOrEmpty(outro) ? "" : $"<p>{e.Encode(outro)}</p>")
            + $"<p>{e.Encode(signature)}</p>";
        return new OutgoingMail(to, subject, text, html);
    }
}
