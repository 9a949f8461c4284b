using Masthead.Core.Billing;
using Masthead.Web.Data;
using Masthead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Billing.Webhooks;

/// <summary>
/// POST /webhooks/{provider}: verify, store the event id first, answer 2xx at once; the processor
/// acts on it. A second delivery of the same event finds the stored id and has no effect.
/// </summary>
public static class WebhookEndpoint
{
    /// <summary>Far above any real event; the body is read whole to check its signature, so it is bounded.</summary>
    public const int MaxPayloadBytes = 512 * 1024;

    public static IEndpointRouteBuilder MapBillingWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/{provider}", HandleAsync)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxPayloadBytes));
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        string provider, HttpRequest request, IPaymentProvider payments, MastheadDbContext db, WebhookSignal signal,
        TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!string.Equals(provider, payments.Name, StringComparison.Ordinal))
        {
            return Results.Problem(statusCode: 404, title: "Unknown webhook provider", detail: $"This site takes payments with '{payments.Name}'.");
        }

        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        var parsed = payments.ParseWebhook(payload, request.Headers["Stripe-Signature"].FirstOrDefault(), clock.GetUtcNow());
        if (parsed.Event is not { } billingEvent)
        {
            loggers.CreateLogger(typeof(WebhookEndpoint)).LogWarning("Refused a {Provider} webhook: {Reason}", provider, parsed.Rejection);
            return Results.Problem(statusCode: 400, title: "Webhook refused", detail: parsed.Rejection);
        }

        if (await db.WebhookEvents.AnyAsync(e => e.Provider == provider && e.EventId == billingEvent.EventId, cancellationToken))
        {
            return Results.Ok(new { received = true, duplicate = true });
        }

        db.WebhookEvents.Add(new WebhookEventRecord
        {
            Provider = provider,
            EventId = billingEvent.EventId,
            Type = billingEvent.GetType().Name,
            Payload = BillingEventJson.Write(billingEvent),
            ReceivedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same event arrived twice at once and the other delivery stored it first.
            return Results.Ok(new { received = true, duplicate = true });
        }

        signal.Notify();
        return Results.Ok(new { received = true });
    }
}

/// <summary>Wakes the processor when an event is stored.</summary>
public sealed class WebhookSignal : WakeSignal;
