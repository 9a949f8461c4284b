using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Webhooks;
using Masthead.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing.Providers.Sandbox;

/// <summary>
/// Delivers the sandbox's outbox to the webhook endpoint over HTTP, signed like Stripe, retrying
/// with back-off until it gets a 2xx; and lets the test clock's due work happen in real time too.
/// </summary>
public sealed class SandboxWebhookSender(
    IServiceScopeFactory scopes,
    IHttpClientFactory http,
    SandboxSecret secret,
    SandboxSignal signal,
    SiteUrls urls,
    IOptions<SandboxOptions> options,
    ILogger<SandboxWebhookSender> logger) : BackgroundService
{
    public const string HttpClientName = "sandbox-webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var clock = scope.ServiceProvider.GetRequiredService<SandboxTestClock>();
                await clock.RunDueAsync(stoppingToken);
                await DeliverAsync(scope.ServiceProvider.GetRequiredService<MastheadDbContext>(), clock.Now, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Sandbox webhook delivery round failed; it will run again");
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(2), stoppingToken);
        }
    }

    private async Task DeliverAsync(MastheadDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.Set<SandboxWebhook>()
            .Where(w => w.DeliveredAt == null && w.NextAttemptAt <= now)
            .OrderBy(w => w.Id).Take(100).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var client = http.CreateClient(HttpClientName);
        var (target, host) = Target();
        foreach (var webhook in due)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target)
            {
                Content = new StringContent(webhook.Payload, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Host = host;
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret.Value, webhook.Payload, now));
            webhook.Attempts++;
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    webhook.DeliveredAt = now;
                    webhook.LastError = null;
                }
                else
                {
                    Retry(webhook, now, $"HTTP {(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException e)
            {
                Retry(webhook, now, e.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Retry(SandboxWebhook webhook, DateTimeOffset now, string error)
    {
        webhook.LastError = error.Length > 2000 ? error[..2000] : error;
        webhook.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, webhook.Attempts)));
    }

    /// <summary>
    /// The configured URL, or the app's own listening address; the Host header is then the public
    /// one, since outside Development the site answers to no other name.
    /// </summary>
    private (Uri Target, string? Host) Target()
    {
        if (options.Value.WebhookUrl is { } configured)
        {
            return (configured, null);
        }

        return (new Uri(urls.ListeningOrigin + "/webhooks/sandbox"), new Uri(urls.Origin).Authority);
    }
}

/// <summary>Wakes the sender as soon as the sandbox has something to say.</summary>
public sealed class SandboxSignal : WakeSignal;
