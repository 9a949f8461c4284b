using Microsoft.Extensions.Options;
using MimeKit;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file into a folder, where a developer (or a test) can open it.</summary>
public sealed class PickupFolderMailer(IOptions<MailOptions> options, DataPaths paths, TimeProvider clock, ILogger<PickupFolderMailer> logger) : IMailer
{
    public string Directory { get; } = Path.GetFullPath(options.Value.PickupDirectory, paths.Root);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = MimeMessages.Build(mail, options.Value, clock);
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temp = Path.Combine(Directory, name + ".tmp");
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, Path.Combine(Directory, name));
        logger.LogInformation("Mail \"{Subject}\" written to the pickup folder as {File}", mail.Subject, name);
    }
}

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
