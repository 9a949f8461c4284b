using System.Data.Common;
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

        var logger = loggers.CreateLogger(typeof(WebhookEndpoint));
        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        var parsed = payments.ParseWebhook(payload, request.Headers["Stripe-Signature"].FirstOrDefault(), clock.GetUtcNow());
        if (parsed.Event is not { } billingEvent)
        {
            logger.LogWarning("Refused a {Provider} webhook: {Reason}", provider, parsed.Rejection);
            return Results.Problem(statusCode: 400, title: "Webhook refused", detail: parsed.Rejection);
        }

        try
        {
            if (!await StoreAsync(db, provider, billingEvent, clock, cancellationToken))
            {
                return Results.Ok(new { received = true, duplicate = true });
            }
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            // Not stored, so not acknowledged: the provider sends it again later.
            logger.LogError(e, "Could not store {Provider} webhook {EventId}; answered 503 so that it is sent again", provider, billingEvent.EventId);
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Webhook not stored", detail: "The event could not be stored just now. Send it again later.");
        }

        signal.Notify();
        return Results.Ok(new { received = true });
    }

    /// <returns>False when the event was already stored: by an earlier delivery, or by one arriving at the same moment.</returns>
    private static async Task<bool> StoreAsync(MastheadDbContext db, string provider, BillingEvent billingEvent, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.WebhookEvents.AnyAsync(e => e.Provider == provider && e.EventId == billingEvent.EventId, cancellationToken))
        {
            return false;
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
            return true;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return false;
        }
    }
}

/// <summary>Wakes the processor when an event is stored.</summary>
public sealed class WebhookSignal : WakeSignal;
