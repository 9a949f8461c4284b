using Microsoft.Extensions.Options;
using MimeKit;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>Writes each message as an .eml file into a folder, where a developer (or a test) can open it.</summary>
public sealed class PickupFolderMailer(IOptions<MailOptions> options, DataPaths paths, TimeProvider clock, ILogger<PickupFolderMailer> logger) : IMailer
{
    public string Directory { get; } = Path.GetFullPath(options.Value.PickupDirectory, paths.Root);

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        SendAsync(MimeMessages.Build(mail, options.Value, clock), cancellationToken);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temp = Path.Combine(Directory, name + ".tmp");
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, Path.Combine(Directory, name));
        logger.LogInformation("Mail \"{Subject}\" written to the pickup folder as {File}", message.Subject, name);
    }
}
