using System.Net;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Billing;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Billing;

public abstract class AdminBillingTests(MastheadApp app) : AppTests(app)
{
    [Fact]
    public async Task An_admin_adds_a_plan_that_readers_can_then_choose()
    {
        using var admin = await SignedInAsync("admin");
        var name = $"Weekend {Guid.NewGuid():N}"[..16];

        var invalid = await admin.SubmitAsync("/admin/plans", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Currency"] = "EUR" });
        var saved = await admin.SubmitAsync("/admin/plans", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Monthly"] = "4.25",
            ["Input.Currency"] = "EUR",
            ["Input.TrialDays"] = "0",
        });

        Assert.Contains("Give the plan a monthly price, an annual price, or both.", invalid.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        using var reader = App.NewReader();
        var subscribe = await reader.GetAsync("/subscribe");
        var plan = subscribe.Document.QuerySelectorAll("section.plan").Single(p => p.QuerySelector("h2")!.TextContent == name);
        Assert.Contains("€4.25", plan.TextContent, StringComparison.Ordinal);
        Assert.Single(plan.QuerySelectorAll("form"));
    }

    [Theory]
    [InlineData("/admin/plans")]
    [InlineData("/admin/test-clock")]
    [InlineData("/admin/complimentary")]
    public async Task Readers_cannot_open_the_admin_pages(string path)
    {
        using var reader = await SignedInAsync("subscriber");

        var page = await reader.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/status/403", page.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_grants_complimentary_access_and_the_reader_reads_in_full()
    {
        var email = TestAccounts.NewEmail("comp");
        await TestAccounts.CreateConfirmedAsync(App, email);
        using var editor = await SignedInAsync("editor");

        var unknown = await editor.SubmitAsync("/admin/complimentary", new Dictionary<string, string>
        {
            ["Email"] = TestAccounts.NewEmail("nobody"),
            ["Until"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"),
        });
        var granted = await editor.SubmitAsync("/admin/complimentary", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Until"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"),
        });

        Assert.Contains("No reader has an account with that address.", unknown.DecodedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, granted.Status);
        using var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        Assert.NotNull((await reader.GetAsync("/articles/caldry-hospital-ransomware-attack")).Document.QuerySelector(".paywalled-content"));
    }

    [Fact]
    public async Task A_subscriber_whose_card_is_about_to_expire_is_reminded_once_even_by_two_nodes_at_the_same_moment()
    {
        var email = TestAccounts.NewEmail("expiring");
        var userId = await TestAccounts.CreateConfirmedAsync(App, email);
        await TestAccounts.AddSubscriptionAsync(App, userId, SubscriptionStatus.Active, DateTimeOffset.UtcNow.AddDays(20));
        var now = DateTimeOffset.UtcNow;
        await App.WithDbAsync(async db =>
        {
            db.BillingCustomers.Add(new BillingCustomer
            {
                UserId = userId,
                Provider = "sandbox",
                CustomerId = $"cus_test_{Guid.NewGuid():N}",
                CardBrand = "visa",
                CardLast4 = "4242",
                CardExpMonth = now.Month,
                CardExpYear = now.Year,
            });
            await db.SaveChangesAsync();
        });
        var notices = App.Service<CardExpiryNotices>();

        await Task.WhenAll(notices.SendDueAsync(TestContext.Current.CancellationToken), notices.SendDueAsync(TestContext.Current.CancellationToken));
        await notices.SendDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, await App.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.To == email)));

        var mail = await MailPickup.WaitForAsync(App, email, "about to expire");
        Assert.Contains("ending 4242", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, MailPickup.CountTo(App, email));
        Assert.Equal(
            (now.Year * 100) + now.Month,
            await App.WithDbAsync(db => db.BillingCustomers.Where(c => c.UserId == userId).Select(c => c.CardExpiryNoticeFor).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdminBillingOnSqlite(SqliteApp app) : AdminBillingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdminBillingOnPostgres(PostgresApp app) : AdminBillingTests(app);
