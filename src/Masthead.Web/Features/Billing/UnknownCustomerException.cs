namespace Masthead.Web.Features.Billing;

/// <summary>
/// A billing event names a customer we have no record of. We create customers before checkout, but
/// the provider's webhook can overtake that commit, so the event is tried again later rather than dropped.
/// </summary>
public sealed class UnknownCustomerException(string eventId, string customerId)
    : Exception($"Billing event {eventId} names customer {customerId}, who is not in our records (yet).");
