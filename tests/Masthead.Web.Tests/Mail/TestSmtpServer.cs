using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Masthead.Web.Tests.Mail;

/// <summary>One message as the SMTP server received it: the envelope, the signed-in user and the parsed message.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, string? User, MimeMessage Message);

/// <summary>
/// A real SMTP server (the SmtpServer package) listening on 127.0.0.1 on a free port, inside the test
/// process, keeping every message it accepts. With credentials it requires and checks AUTH.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly SmtpServer.SmtpServer server;
    private Task running = Task.CompletedTask;

    private TestSmtpServer(string? username, string? password)
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.masthead.test")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, 0))
                .AuthenticationRequired(username is not null)
                .AllowUnsecureAuthentication(username is not null))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(received));
        services.Add(Listeners);
        if (username is not null)
        {
            services.Add(new DelegatingUserAuthenticator((user, pass) => user == username && pass == password));
        }

        server = new SmtpServer.SmtpServer(options, services);
    }

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    public IReadOnlyList<ReceivedMail> Received => [.. received];

    private EndpointListenerFactory Listeners { get; } = new();

    public static async Task<TestSmtpServer> StartAsync(string? username = null, string? password = null)
    {
        var smtp = new TestSmtpServer(username, password);
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        smtp.Listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        smtp.running = smtp.server.StartAsync(smtp.stopping.Token);
        smtp.Port = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return smtp;
    }

    /// <summary>The first message to <paramref name="to"/> whose subject contains <paramref name="subjectContains"/>.</summary>
    public async Task<ReceivedMail> WaitForAsync(string to, string subjectContains)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var match = received.FirstOrDefault(m =>
                m.Message.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase))
                && (m.Message.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No mail to {to} about \"{subjectContains}\" reached the SMTP server on port {Port}.");
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // The server ends its listen loop by cancellation.
        }

        stopping.Dispose();
    }

    private sealed class Store(ConcurrentQueue<ReceivedMail> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var user = context.Authentication.IsAuthenticated ? context.Authentication.User : null;
            received.Enqueue(new ReceivedMail(
                transaction.From.AsAddress(), [.. transaction.To.Select(m => m.AsAddress())], user, message));
            return SmtpResponse.Ok;
        }
    }
}
