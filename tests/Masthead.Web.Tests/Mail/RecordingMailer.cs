using System.Collections.Concurrent;
using Masthead.Web.Infrastructure.Mail;
using MimeKit;

namespace Masthead.Web.Tests.Mail;

/// <summary>
/// A mailer that keeps every message it is handed, takes a little while over each (so workers racing
/// for the same messages overlap), and refuses the next messages to an address when told to.
/// </summary>
public sealed class RecordingMailer : IMailer
{
    private readonly ConcurrentQueue<MimeMessage> sent = new();
    private readonly ConcurrentDictionary<string, int> refusals = new(StringComparer.OrdinalIgnoreCase);

    public static readonly TimeSpan SendingTime = TimeSpan.FromMilliseconds(20);

    public IReadOnlyList<MimeMessage> Sent => [.. sent];

    public IReadOnlyList<MimeMessage> SentTo(string to) =>
        [.. sent.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))];

    public void RefuseNext(string to, int times) => refusals[to] = times;

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) =>
        SendAsync(MimeMessages.Build(mail, new MailOptions(), TimeProvider.System), cancellationToken);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await Task.Delay(SendingTime, cancellationToken);
        var to = message.To.Mailboxes.Single().Address;
        if (refusals.TryGetValue(to, out var left) && left > 0 && refusals.TryUpdate(to, left - 1, left))
        {
            throw new MailDeliveryException($"The test mail server refused the message to {to}.");
        }

        sent.Enqueue(message);
    }
}
