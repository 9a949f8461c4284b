using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>How a sandbox test card behaves, after Stripe's test cards of the same numbers.</summary>
public enum SandboxCardBehaviour
{
    Succeeds,
    /// <summary>4000 0000 0000 0341: attaches, then every charge fails.</summary>
    FailsWhenCharged,
    /// <summary>4000 0000 0000 9995: declined for insufficient funds.</summary>
    InsufficientFunds,
    /// <summary>4000 0000 0000 0002: declined.</summary>
    Declined,
}

public sealed class SandboxCustomer
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public required string Email { get; set; }
    public string? DefaultCardId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Raised at each checkout completion; the write locks the row, so completions take turns.</summary>
    public int Version { get; set; }
}

/// <summary>A tokenised card: the number itself is never stored.</summary>
public sealed class SandboxCard
{
    public required string Id { get; set; }
    public required string CustomerId { get; set; }
    public required string Brand { get; set; }
    public required string Last4 { get; set; }
    public int ExpMonth { get; set; }
    public int ExpYear { get; set; }
    public SandboxCardBehaviour Behaviour { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class SandboxCheckout
{
    public required string Id { get; set; }
    public required string CustomerId { get; set; }
    public required string PriceId { get; set; }
    public required string PlanName { get; set; }
    public long AmountMinor { get; set; }
    public required string Currency { get; set; }
    public BillingInterval Interval { get; set; }
    public int TrialDays { get; set; }
    public required string SuccessUrl { get; set; }
    public required string CancelUrl { get; set; }
    public string? SubscriptionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when another checkout of the customer started or completed: this one can no longer be paid.</summary>
    public DateTimeOffset? ExpiredAt { get; set; }
}

public sealed class SandboxPortalSession
{
    public required string Id { get; set; }
    public required string CustomerId { get; set; }
    public required string ReturnUrl { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

public sealed class SandboxSubscription
{
    public required string Id { get; set; }
    public required string CustomerId { get; set; }
    public required string PriceId { get; set; }
    public long AmountMinor { get; set; }
    public required string Currency { get; set; }
    public BillingInterval Interval { get; set; }
    public SubscriptionStatus Status { get; set; }
    public DateTimeOffset PeriodStart { get; set; }
    public DateTimeOffset PeriodEnd { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
}

public sealed class SandboxInvoice
{
    public required string Id { get; set; }
    public required string Number { get; set; }
    public required string SubscriptionId { get; set; }
    public required string CustomerId { get; set; }
    public long AmountMinor { get; set; }
    public required string Currency { get; set; }
    public DateTimeOffset PeriodEnd { get; set; }
    public bool Paid { get; set; }
    public int AttemptCount { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }
}

public sealed class SandboxPaymentAttempt
{
    public long Id { get; set; }
    public required string InvoiceId { get; set; }
    public required string CardId { get; set; }
    public bool Succeeded { get; set; }
    public string? FailureCode { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>The test clock: how far sandbox time runs ahead of real time.</summary>
public sealed class SandboxClockState
{
    public int Id { get; set; }
    public long OffsetSeconds { get; set; }
}

/// <summary>An event waiting to be (or already) delivered to the webhook endpoint.</summary>
public sealed class SandboxWebhook
{
    public long Id { get; set; }
    public required string EventId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? LastError { get; set; }
}
