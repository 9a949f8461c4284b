using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Masthead.Core.Billing;

namespace Masthead.Web.Features.Billing.Webhooks;

/// <summary>
/// Stored events are kept in our own neutral form, so processing (and reprocessing after a crash)
/// needs no provider and no signature.
/// </summary>
public static class BillingEventJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type != typeof(BillingEvent))
                    {
                        return;
                    }

                    info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$kind" };
                    foreach (var kind in new[] { typeof(SubscriptionChanged), typeof(InvoicePaid), typeof(InvoicePaymentFailed), typeof(CardOnFileChanged), typeof(IgnoredEvent) })
                    {
                        info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(kind, kind.Name));
                    }
                },
            },
        },
    };

    public static string Write(BillingEvent billingEvent) => JsonSerializer.Serialize(billingEvent, Options);

    public static BillingEvent Read(string json) =>
        JsonSerializer.Deserialize<BillingEvent>(json, Options) ?? throw new JsonException("Empty stored event.");
}
