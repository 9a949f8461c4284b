namespace Masthead.Web.Data;

/// <summary>A reader as a payment provider's customer, with the card on file as the provider last described it.</summary>
public sealed class BillingCustomer
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Provider { get; set; }
    public required string CustomerId { get; set; }
    public string? CardBrand { get; set; }
    public string? CardLast4 { get; set; }
    public int? CardExpMonth { get; set; }
    public int? CardExpYear { get; set; }
    public DateTimeOffset? CardUpdatedAt { get; set; }

    /// <summary>The card-expiry reminder already sent for this expiry (year*100+month), so it goes once.</summary>
    public int? CardExpiryNoticeFor { get; set; }

    /// <summary>When the reader last went to checkout: the return page waits for the payment only shortly after.</summary>
    public DateTimeOffset? CheckoutStartedAt { get; set; }

    /// <summary>Raised by whoever changes this customer's subscriptions; the write locks the row until they commit.</summary>
    public int Version { get; set; }
}
