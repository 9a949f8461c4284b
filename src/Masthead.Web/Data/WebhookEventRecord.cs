namespace Masthead.Web.Data;

/// <summary>
/// Every accepted webhook, stored before it is acted on: the unique event id makes a second
/// delivery a no-op, and an unprocessed row is picked up again after a crash.
/// </summary>
public sealed class WebhookEventRecord
{
    public long Id { get; set; }
    public required string Provider { get; set; }
    public required string EventId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>After a failure, not before this; so one bad event never holds up the rest.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
