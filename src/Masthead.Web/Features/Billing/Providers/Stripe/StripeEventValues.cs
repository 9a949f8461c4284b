using System.Text.Json;
using Masthead.Core.Billing;
using Stripe;

namespace Masthead.Web.Features.Billing.Providers.Stripe;

/// <summary>Small readings shared by the event handlers.</summary>
internal static class StripeEventValues
{
    private static readonly long LatestUnixTime = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static DateTimeOffset Created(Event stripeEvent) => Utc(stripeEvent.Created);

    public static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    public static WebhookParse Ignored(Event stripeEvent) =>
        WebhookParse.Accepted(new IgnoredEvent(stripeEvent.Id, Created(stripeEvent), stripeEvent.Type));

    public static WebhookParse NotA(Event stripeEvent, string objectName) =>
        WebhookParse.Rejected($"Stripe event {stripeEvent.Id} ({stripeEvent.Type}) does not carry a {objectName}.");

    public static WebhookParse NoCustomer(Event stripeEvent) =>
        WebhookParse.Rejected($"Stripe event {stripeEvent.Id} ({stripeEvent.Type}) names no customer.");

    /// <summary>
    /// A Unix timestamp read from the raw object, null when absent. Stripe.net turns a missing
    /// timestamp into the epoch, and fields that moved between API versions are missing from the
    /// typed model altogether, so presence can only be told from the JSON itself.
    /// </summary>
    public static DateTimeOffset? UnixTime(StripeEntity? entity, string property) =>
        Property(entity, property) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var seconds) && seconds >= 0 && seconds <= LatestUnixTime
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>The id of an expandable field read from the raw object: a bare id or an expanded object.</summary>
    public static string? Id(StripeEntity? entity, string property) => Property(entity, property) switch
    {
        { ValueKind: JsonValueKind.String } id => id.GetString(),
        { ValueKind: JsonValueKind.Object } expanded when expanded.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String =>
            id.GetString(),
        _ => null,
    };

    private static JsonElement? Property(StripeEntity? entity, string property) =>
        entity?.RawJsonElement is { ValueKind: JsonValueKind.Object } raw && raw.TryGetProperty(property, out var value) ? value : null;
}
