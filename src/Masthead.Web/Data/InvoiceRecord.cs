namespace Masthead.Web.Data;

public enum InvoiceStatus
{
    Open,
    Paid,
}

/// <summary>A receipt or an unpaid bill, as the reader sees it on their account page.</summary>
public sealed class InvoiceRecord
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Provider { get; set; }
    public required string InvoiceId { get; set; }
    public string? SubscriptionId { get; set; }
    public string? Number { get; set; }
    public long AmountMinor { get; set; }
    public required string Currency { get; set; }
    public InvoiceStatus Status { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>When the payment was refunded (an invoice of a duplicate subscription).</summary>
    public DateTimeOffset? RefundedAt { get; set; }
}
