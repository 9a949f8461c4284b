using System.Net;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing.Providers.Sandbox;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Security;

/// <summary>The app started in a named environment with the given settings (null removes one).</summary>
public sealed class EnvironmentApp(string environment, IReadOnlyDictionary<string, string?> settings) : MastheadApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string? ConnectionString => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>
/// No absolute URL is ever built from the request's Host header, and outside Development the site
/// will not start without its public origin and an explicit payment provider.
/// </summary>
public sealed class PublicOriginTests
{
    private const string PublicSite = "https://news.example.test";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task Outside_development_the_site_refuses_to_start_without_a_base_url_or_a_chosen_payment_provider(string environment)
    {
        await using var app = new EnvironmentApp(environment, new Dictionary<string, string?>
        {
            ["Publication:BaseUrl"] = null,
            ["Billing:Provider"] = null,
        });

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);

        var said = Flatten(failure);
        Assert.Contains($"Publication:BaseUrl is required in the {environment} environment", said, StringComparison.Ordinal);
        Assert.Contains($"Billing:Provider is required in the {environment} environment", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_base_url_with_a_path_is_refused_at_start()
    {
        await using var app = new EnvironmentApp("Staging", new Dictionary<string, string?> { ["Publication:BaseUrl"] = "https://news.example.test/site?x=1" });

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("is not an origin", Flatten(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public async Task Outside_development_a_forged_host_is_refused_and_mail_links_use_the_public_origin(string environment)
    {
        await using var app = new EnvironmentApp(environment, new Dictionary<string, string?>
        {
            ["Publication:BaseUrl"] = PublicSite,
            ["Demo:Seed"] = "false",
        });
        var email = TestAccounts.NewEmail("origin");
        await TestAccounts.CreateConfirmedAsync(app, email);

        using var client = app.CreateClient();
        using var forged = await ForgotPasswordAsync(client, email, host: "evil.test");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, MailPickup.CountTo(app, email));

        using var honest = await ForgotPasswordAsync(client, email, host: "news.example.test");
        Assert.Equal(HttpStatusCode.OK, honest.StatusCode);
        var mail = await MailPickup.WaitForAsync(app, email, "Reset your");
        Assert.StartsWith($"{PublicSite}/account/reset-password?", MailPickup.FirstLink(mail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_mail_links_follow_the_listening_address_not_a_forged_host()
    {
        await using var app = new EnvironmentApp("Development", new Dictionary<string, string?>
        {
            ["Publication:BaseUrl"] = null,
            ["Demo:Seed"] = "false",
        });
        var email = TestAccounts.NewEmail("devorigin");
        await TestAccounts.CreateConfirmedAsync(app, email);

        using var client = app.CreateClient();
        using var response = await ForgotPasswordAsync(client, email, host: "evil.test");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = MailPickup.FirstLink(await MailPickup.WaitForAsync(app, email, "Reset your"));
        Assert.DoesNotContain("evil.test", link, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/account/reset-password?", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkout_and_billing_portal_return_addresses_use_the_public_origin_whatever_the_host_header()
    {
        await using var app = new EnvironmentApp("Staging", new Dictionary<string, string?>
        {
            ["Publication:BaseUrl"] = PublicSite,
            ["AllowedHosts"] = "*",
        });
        var email = TestAccounts.NewEmail("returns");
        await TestAccounts.CreateConfirmedAsync(app, email);
        using var reader = app.NewReader();
        reader.UseHostHeader("evil.test");
        await reader.SignInAsync(email, TestAccounts.Password);
        var plans = await reader.GetAsync("/subscribe");
        var planId = plans.Document.QuerySelector("input[name='PlanId']")!.GetAttribute("value")!;

        var checkout = await reader.SubmitAsync("/subscribe", new Dictionary<string, string> { ["PlanId"] = planId, ["Interval"] = "Month" });
        Assert.Equal(HttpStatusCode.Redirect, checkout.Status);
        var card = await reader.GetAsync("/account");
        var portal = await reader.PostAsync("/billing/manage?handler=card", new Dictionary<string, string> { ["__RequestVerificationToken"] = Reader.AntiforgeryToken(card.Html) });
        Assert.Equal(HttpStatusCode.Redirect, portal.Status);

        await app.WithDbAsync(async db =>
        {
            var started = await db.Set<SandboxCheckout>().AsNoTracking().SingleAsync(Cancel);
            Assert.StartsWith($"{PublicSite}/billing/return?", started.SuccessUrl, StringComparison.Ordinal);
            Assert.StartsWith($"{PublicSite}/subscribe?", started.CancelUrl, StringComparison.Ordinal);
            var session = await db.Set<SandboxPortalSession>().AsNoTracking().SingleAsync(Cancel);
            Assert.Equal($"{PublicSite}/account", session.ReturnUrl);
        });
    }

    private static async Task<HttpResponseMessage> ForgotPasswordAsync(HttpClient client, string email, string host)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/account/forgot-password");
        get.Headers.Host = host;
        using var form = await client.SendAsync(get, Cancel);
        var html = await form.Content.ReadAsStringAsync(Cancel);
        if (form.StatusCode != HttpStatusCode.OK)
        {
            return new HttpResponseMessage(form.StatusCode);
        }

        var cookie = form.Headers.TryGetValues("Set-Cookie", out var cookies) ? string.Join("; ", cookies.Select(c => c.Split(';')[0])) : "";
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["__RequestVerificationToken"] = Reader.AntiforgeryToken(html),
            }),
        };
        post.Headers.Host = host;
        post.Headers.Add("Cookie", cookie);
        return await client.SendAsync(post, Cancel);
    }

    private static string Flatten(Exception e) =>
        e is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : e.Message + (e.InnerException is { } inner ? " | " + Flatten(inner) : "");
}
