using System.Net;
using System.Net.Sockets;
using Masthead.Web.Infrastructure.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Tests.Mail;

/// <summary>The SMTP mailer against a real SMTP server listening on 127.0.0.1.</summary>
public sealed class SmtpMailerTests
{
    private static readonly OutgoingMail Mail = new(
        "reader@example.test",
        "Grüße aus der Redaktion — 新闻 ✉",
        "Plain text, with a line\nand a link: https://masthead.test/a?b=c&d=e\n",
        "<p>HTML with <a href=\"https://masthead.test/a?b=c&amp;d=e\">a link</a> and « guillemets ».</p>");

    [Fact]
    public async Task A_message_arrives_with_its_subject_addresses_and_both_bodies_intact()
    {
        await using var server = await TestSmtpServer.StartAsync();

        await Mailer(server).SendAsync(Mail, TestContext.Current.CancellationToken);

        var received = Assert.Single(server.Received);
        Assert.Equal("newsroom@meridian-wire.test", received.EnvelopeFrom);
        Assert.Equal(["reader@example.test"], received.EnvelopeTo);
        Assert.Null(received.User);
        var message = received.Message;
        Assert.Equal(Mail.Subject, message.Subject);
        var from = Assert.Single(message.From.Mailboxes);
        Assert.Equal(("Meridian Wire", "newsroom@meridian-wire.test"), (from.Name, from.Address));
        Assert.Equal("reader@example.test", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(Mail.TextBody, message.TextBody);
        Assert.Equal(Mail.HtmlBody, message.HtmlBody);
    }

    [Fact]
    public async Task The_configured_credentials_sign_in_to_a_server_that_requires_them()
    {
        await using var server = await TestSmtpServer.StartAsync("masthead", "s3cret-smtp-password");

        await Mailer(server, "masthead", "s3cret-smtp-password").SendAsync(Mail, TestContext.Current.CancellationToken);

        Assert.Equal("masthead", Assert.Single(server.Received).User);
    }

    [Fact]
    public async Task A_server_that_requires_sign_in_refuses_a_mailer_without_credentials()
    {
        await using var server = await TestSmtpServer.StartAsync("masthead", "s3cret-smtp-password");

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => Mailer(server).SendAsync(Mail, TestContext.Current.CancellationToken));

        Assert.Contains($"127.0.0.1:{server.Port}", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task A_wrong_password_fails_with_a_message_naming_server_and_user_but_never_the_password()
    {
        await using var server = await TestSmtpServer.StartAsync("masthead", "s3cret-smtp-password");

        var error = await Assert.ThrowsAsync<MailDeliveryException>(
            () => Mailer(server, "masthead", "wrong-password-123").SendAsync(Mail, TestContext.Current.CancellationToken));

        Assert.Contains($"127.0.0.1:{server.Port} (as masthead, ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password-123", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task A_refused_connection_fails_with_a_message_naming_host_and_port()
    {
        var port = ClosedPort();
        var mailer = Mailer("127.0.0.1", port);

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => mailer.SendAsync(Mail, TestContext.Current.CancellationToken));

        Assert.Contains($"SMTP server 127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains(Mail.Subject, error.Message, StringComparison.Ordinal);
    }

    private static SmtpMailer Mailer(TestSmtpServer server, string? username = null, string? password = null) =>
        Mailer(server.Host, server.Port, username, password);

    private static SmtpMailer Mailer(string host, int port, string? username = null, string? password = null) =>
        new(
            Options.Create(new MailOptions()),
            Options.Create(new SmtpOptions { Host = host, Port = port, Username = username, Password = password, Security = SmtpSecurity.None }),
            TimeProvider.System,
            NullLogger<SmtpMailer>.Instance);

    /// <summary>A loopback port that nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
