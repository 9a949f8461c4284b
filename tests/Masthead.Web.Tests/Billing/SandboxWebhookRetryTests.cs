using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Billing;

/// <summary>The sandbox's webhook endpoint is unreachable (nothing listens on the discard port).</summary>
public sealed class UnreachableWebhookApp : MastheadApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Billing:Sandbox:WebhookUrl", "http://127.0.0.1:9/webhooks/sandbox");
    }
}

public sealed class SandboxWebhookRetryTests(UnreachableWebhookApp app) : IClassFixture<UnreachableWebhookApp>
{
    [Fact]
    public async Task Undeliverable_webhooks_are_kept_and_retried_later_and_the_reader_is_told_payment_is_being_confirmed()
    {
        var email = TestAccounts.NewEmail("undelivered");
        await TestAccounts.CreateConfirmedAsync(app, email);
        using var reader = app.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        var plans = await reader.GetAsync("/subscribe");
        var form = plans.Document.QuerySelector("section.plan form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["__RequestVerificationToken"] = Reader.AntiforgeryToken(plans.Html);
        var checkout = await reader.FollowAsync(await reader.PostAsync("/subscribe", fields));

        var paid = await reader.PostAsync(checkout.Path, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(checkout.Html),
            ["CardNumber"] = "4242424242424242",
            ["Expiry"] = "12/34",
            ["Cvc"] = "123",
        });
        var waiting = await reader.GetAsync(paid.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, waiting.Status);
        Assert.Equal("Your payment is still being confirmed", waiting.Document.QuerySelector("main h1")!.TextContent);
        var outbox = await app.WithDbAsync(db => db.Set<SandboxWebhook>().AsNoTracking().ToListAsync());
        Assert.NotEmpty(outbox);
        Assert.All(outbox, w =>
        {
            Assert.Null(w.DeliveredAt);
            Assert.True(w.Attempts >= 1, $"{w.Type} was never tried");
            Assert.False(string.IsNullOrEmpty(w.LastError));
            Assert.True(w.NextAttemptAt > w.CreatedAt, $"{w.Type} has no later retry");
        });
        Assert.False(await app.WithDbAsync(db => db.Subscriptions.AnyAsync(s => s.Provider == "sandbox")));
    }
}
