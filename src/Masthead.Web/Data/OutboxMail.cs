namespace Masthead.Web.Data;

/// <summary>
/// One outgoing message, stored as finished MIME before anything is sent: it commits with the change it
/// belongs to, survives a crash, and is sent by whichever node claims it first.
/// </summary>
public sealed class OutboxMail
{
    public const int SubjectLength = 500;
    public const int ErrorLength = 2000;

    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }

    /// <summary>The whole message (headers, Message-Id, bodies) as it will be sent, in 7-bit MIME.</summary>
    public required string Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A worker is sending the message until then; after that, a crashed worker's claim lapses.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}
