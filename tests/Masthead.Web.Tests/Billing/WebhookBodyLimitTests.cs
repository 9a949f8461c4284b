using System.Net;
using System.Text;
using Masthead.Web.Features.Billing.Webhooks;
using Masthead.Web.Tests.Infrastructure;
using static Masthead.Web.Tests.Billing.SandboxPayloads;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// A webhook body is read whole (to check its signature), so it is bounded whatever the sender
/// declares: past the limit the answer is a 413 problem and the rest is never read.
/// </summary>
public abstract class WebhookBodyLimitTests(WebhookApp app)
{
    private const long TwentyEightMegabytes = 28L * 1024 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unsigned_28_MB_webhook_is_refused_with_a_413_problem_having_read_little_more_than_the_limit(bool chunked)
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var body = new LazyBody("{\"id\": \"evt_sbx_huge\", \"data\": \""u8.ToArray(), TwentyEightMegabytes, declareLength: !chunked, "application/json");

        using var response = await PostAsync(body);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("too large", (string?)problem["title"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"{WebhookEndpoint.MaxPayloadBytes} bytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.True(body.Sent < WebhookEndpoint.MaxPayloadBytes + (256 * 1024), $"The server took {body.Sent} bytes of a body refused past {WebhookEndpoint.MaxPayloadBytes}.");
        Assert.Empty(await app.StoredEventsAsync("evt_sbx_huge"));
    }

    [Fact]
    public async Task A_signed_event_just_under_the_limit_sent_chunked_is_accepted()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var id = NewEventId();
        var payload = Event(id, "customer.subscription.trial_will_end", app.Now.AddSeconds(-5), new() { ["id"] = "sub_sbx_padded" });
        payload = payload.PadRight(WebhookEndpoint.MaxPayloadBytes - 64);
        var bytes = Encoding.UTF8.GetBytes(payload);
        var body = new LazyBody(bytes, bytes.Length, declareLength: false, "application/json");

        using var response = await PostAsync(body, WebhookSignature.Sign(WebhookApp.Secret, payload, app.Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await app.StoredEventsAsync(id));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent body, string? signature = null)
    {
        // Not CreateClient: its redirect handler reads the whole body first, so it can be sent again.
        using var client = app.CreateDefaultClient(app.ClientOptions.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/sandbox") { Content = body };
        if (signature is not null)
        {
            request.Headers.Add(WebhookSignature.Header, signature);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}

public sealed class WebhookBodyLimitsOnSqlite(SqliteWebhookApp app) : WebhookBodyLimitTests(app), IClassFixture<SqliteWebhookApp>;

public sealed class WebhookBodyLimitsOnPostgres(PostgresWebhookApp app) : WebhookBodyLimitTests(app), IClassFixture<PostgresWebhookApp>;
