namespace Masthead.Web.Infrastructure.Mail;

/// <summary>One e-mail to one recipient, with a plain-text and an HTML body.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string HtmlBody);

public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
