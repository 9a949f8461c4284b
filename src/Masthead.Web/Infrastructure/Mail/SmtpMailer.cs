using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Masthead.Web.Infrastructure.Mail;

/// <summary>Sends each message to the SMTP server of "Mail:Smtp", one connection per message; retrying is the caller's (the outbox's) job.</summary>
public sealed class SmtpMailer(IOptions<MailOptions> mailOptions, IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<SmtpMailer> logger) : IMailer
{
    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        SendAsync(MimeMessages.Build(mail, mailOptions.Value, clock), cancellationToken);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var server = smtp.Value;
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(server.Host, server.Port, SocketOptions(server.Security), cancellationToken);
            if (!string.IsNullOrEmpty(server.Username))
            {
                await client.AuthenticateAsync(server.Username, server.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new MailDeliveryException(Describe(server, message, e), e);
        }

        logger.LogInformation("Mail \"{Subject}\" sent through {Host}:{Port}", message.Subject, server.Host, server.Port);
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, null),
    };

    /// <summary>Names the server, the step's failure and the user, never the password (even if a server echoed it).</summary>
    private static string Describe(SmtpOptions server, MimeMessage message, Exception e)
    {
        var user = string.IsNullOrEmpty(server.Username) ? "" : $"as {server.Username}, ";
        var reason = string.IsNullOrEmpty(server.Password) ? e.Message : e.Message.Replace(server.Password, "[password]", StringComparison.Ordinal);
        return $"Could not send \"{message.Subject}\" through the SMTP server {server.Host}:{server.Port} ({user}security {server.Security}): {reason}";
    }
}
