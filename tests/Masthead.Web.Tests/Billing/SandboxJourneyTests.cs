using System.Net;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Billing;

/// <summary>
/// The whole subscriber journey through HTTP with the sandbox provider: subscribe, renew with a card
/// that fails, grace, lock-out, card update, recovery, cancellation, resubscribe prompt.
/// </summary>
public abstract class SandboxJourneyTests(BillingApp app)
{
    private const string Article = "/articles/caldry-hospital-ransomware-attack";

    [Fact]
    public async Task A_reader_subscribes_lapses_recovers_and_cancels_with_access_following_every_payment()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var reader = app.NewReader();
        var email = TestAccounts.NewEmail("journey");

        var blocked = await reader.GetAsync(Article);
        Assert.Equal("Subscribe to keep reading", blocked.Document.QuerySelector(".paywall-prompt h2")!.TextContent);

        await SignUpAsync(reader, email);
        await reader.SignInAsync(email, "journey password 1", $"/subscribe?returnUrl={Uri.EscapeDataString(Article)}");

        var checkout = await ChoosePlanAsync(reader, "Digital");
        Assert.Contains("Test mode", checkout.DecodedHtml, StringComparison.Ordinal);
        var paid = await PayAsync(reader, checkout, "4242 4242 4242 4242");
        Assert.Equal(HttpStatusCode.Redirect, paid.Status);
        await ReturnsToArticleInFullAsync(reader, paid.Location!.PathAndQuery);

        var account = await reader.GetAsync("/account");
        Assert.Contains("Visa ending 4242", account.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("€8.50 on", account.DecodedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("4242 4242", account.DecodedHtml, StringComparison.Ordinal);
        await MailPickup.WaitForAsync(app, email, "receipt");
        await AssertNoFullCardNumberStoredAsync("4242424242424242");

        await UpdateCardAsync(reader, "4000 0000 0000 0341");
        await Eventually.ReturnsAsync(() => reader.GetAsync("/account"), p => p.DecodedHtml.Contains("ending 0341", StringComparison.Ordinal), "the new card on file");

        await app.AdvanceClockAsync(TimeSpan.FromDays(31));
        var inGrace = await Eventually.ReturnsAsync(
            () => reader.GetAsync(Article), p => p.Document.QuerySelector(".notice-warning") is not null, "the payment-failed banner");
        Assert.NotNull(inGrace.Document.QuerySelector(".paywalled-content"));
        await MailPickup.WaitForAsync(app, email, "We couldn't charge your card on file");

        await app.AdvanceClockAsync(TimeSpan.FromDays(7));
        var locked = await Eventually.ReturnsAsync(
            () => reader.GetAsync(Article), p => p.Document.QuerySelector(".paywall-prompt") is not null, "the update-card prompt");
        Assert.Equal("We couldn't charge your card on file", locked.Document.QuerySelector(".paywall-prompt h2")!.TextContent);
        Assert.Null(locked.Document.QuerySelector(".paywalled-content"));

        await UpdateCardAsync(reader, "4242 4242 4242 4242");
        var restored = await Eventually.ReturnsAsync(
            () => reader.GetAsync(Article), p => p.Document.QuerySelector(".paywalled-content") is not null, "access after the card update");
        Assert.Null(restored.Document.QuerySelector(".notice-warning"));

        var cancelled = await PostAccountButtonAsync(reader, "cancel");
        Assert.Contains("You keep full access until", cancelled.DecodedHtml, StringComparison.Ordinal);
        await Eventually.ReturnsAsync(() => reader.GetAsync("/account"), p => p.DecodedHtml.Contains("Cancelled — access until", StringComparison.Ordinal), "the cancellation");
        Assert.NotNull((await reader.GetAsync(Article)).Document.QuerySelector(".paywalled-content"));

        await app.AdvanceClockAsync(TimeSpan.FromDays(32));
        var ended = await Eventually.ReturnsAsync(
            () => reader.GetAsync(Article), p => p.Document.QuerySelector(".paywall-prompt") is not null, "the end of the paid period");
        Assert.Equal("Resubscribe", ended.Document.QuerySelector(".paywall-prompt a.button")!.TextContent);
    }

    [Fact]
    public async Task Checkout_explains_bad_and_declined_cards_and_creates_nothing()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        var email = TestAccounts.NewEmail("declined");
        await TestAccounts.CreateConfirmedAsync(app, email);
        using var reader = app.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        var checkout = await ChoosePlanAsync(reader, "Digital");

        var luhn = await PayAsync(reader, checkout, "4242 4242 4242 4241");
        var funds = await PayAsync(reader, checkout, "4000 0000 0000 9995");
        var fails = await PayAsync(reader, checkout, "4000 0000 0000 0341");

        Assert.Contains("That card number is not valid", luhn.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Your card has insufficient funds.", funds.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("Your card was declined.", fails.DecodedHtml, StringComparison.Ordinal);
        Assert.Contains("You don't have a subscription.", (await reader.GetAsync("/account")).DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_moves_the_test_clock_from_its_page()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var admin = app.NewReader();
        await admin.SignInAsync($"admin@{MastheadApp.DemoDomain}", MastheadApp.DemoPassword);
        var before = app.Now;

        var moved = await admin.SubmitAsync("/admin/test-clock", new Dictionary<string, string> { ["days"] = "1" });
        var refused = await admin.SubmitAsync("/admin/test-clock", new Dictionary<string, string> { ["days"] = "-5" });

        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.InRange(app.Now - before, TimeSpan.FromHours(23.9), TimeSpan.FromHours(25));
        Assert.Contains("Move the clock by 1 to 400 days.", (await admin.FollowAsync(refused)).DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trial_converts_when_the_card_pays_and_lapses_into_dunning_when_it_does_not()
    {
        Assert.SkipWhen(app.UnavailableReason is not null, app.UnavailableReason ?? "");
        using var paying = await TrialReaderAsync("4242 4242 4242 4242");
        using var failing = await TrialReaderAsync("4000 0000 0000 0341");
        Assert.Contains("Free trial", (await paying.GetAsync("/account")).DecodedHtml, StringComparison.Ordinal);
        Assert.NotNull((await failing.GetAsync(Article)).Document.QuerySelector(".paywalled-content"));

        await app.AdvanceClockAsync(TimeSpan.FromDays(15));

        var converted = await Eventually.ReturnsAsync(
            () => paying.GetAsync("/account"), p => p.DecodedHtml.Contains("Active", StringComparison.Ordinal), "the trial to convert");
        Assert.Contains("€15.00", converted.Document.QuerySelector("table.invoices")!.TextContent, StringComparison.Ordinal);
        await Eventually.ReturnsAsync(
            () => failing.GetAsync(Article), p => p.Document.QuerySelector(".notice-warning") is not null, "the failed conversion's banner");
        await app.AdvanceClockAsync(TimeSpan.FromDays(8));
        await Eventually.ReturnsAsync(
            () => failing.GetAsync(Article), p => p.Document.QuerySelector(".paywall-prompt") is not null, "the lapsed trial's prompt");
        Assert.NotNull((await paying.GetAsync(Article)).Document.QuerySelector(".paywalled-content"));
    }

    private async Task<Reader> TrialReaderAsync(string card)
    {
        var email = TestAccounts.NewEmail("trial");
        await TestAccounts.CreateConfirmedAsync(app, email);
        var reader = app.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        var checkout = await ChoosePlanAsync(reader, "Supporter");
        Assert.Contains("14 days free", checkout.DecodedHtml, StringComparison.Ordinal);
        var started = await PayAsync(reader, checkout, card);
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.GetAsync(started.Location!.PathAndQuery)).Status);
        return reader;
    }

    /// <summary>Only a token, the brand, the last four digits and the expiry may be kept.</summary>
    private async Task AssertNoFullCardNumberStoredAsync(string number)
    {
        var stored = await app.WithDbAsync(async db =>
            string.Join('\n', await db.Set<Masthead.Web.Features.Billing.Providers.Sandbox.SandboxWebhook>().Select(w => w.Payload).ToListAsync())
            + string.Join('\n', await db.WebhookEvents.Select(w => w.Payload).ToListAsync())
            + string.Join('\n', await db.Set<Masthead.Web.Features.Billing.Providers.Sandbox.SandboxCard>().Select(c => c.Id + c.Last4 + c.Brand).ToListAsync()));
        Assert.Contains("4242", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(number, stored.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private async Task SignUpAsync(Reader reader, string email)
    {
        await reader.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "journey password 1",
            ["Input.ConfirmPassword"] = "journey password 1",
        });
        var mail = await MailPickup.WaitForAsync(app, email, "Confirm your e-mail address");
        await reader.GetAsync(MailPickup.FirstLinkPath(mail));
    }

    private static async Task<Page> ChoosePlanAsync(Reader reader, string plan)
    {
        var page = await reader.GetAsync($"/subscribe?returnUrl={Uri.EscapeDataString(Article)}");
        var form = page.Document.QuerySelectorAll("section.plan")
            .First(s => s.QuerySelector("h2")!.TextContent == plan)
            .QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["__RequestVerificationToken"] = Reader.AntiforgeryToken(page.Html);
        var redirect = await reader.PostAsync("/subscribe", fields);
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        return await reader.FollowAsync(redirect);
    }

    private static Task<Page> PayAsync(Reader reader, Page checkout, string number) =>
        reader.PostAsync(checkout.Path, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(checkout.Html),
            ["CardNumber"] = number,
            ["Expiry"] = "12/34",
            ["Cvc"] = "123",
        });

    private static async Task ReturnsToArticleInFullAsync(Reader reader, string returnPath)
    {
        var landed = await reader.GetAsync(returnPath);
        Assert.Equal(HttpStatusCode.Redirect, landed.Status);
        Assert.Equal(Article, landed.Location!.OriginalString);
        Assert.NotNull((await reader.GetAsync(Article)).Document.QuerySelector(".paywalled-content"));
    }

    private static async Task UpdateCardAsync(Reader reader, string number)
    {
        var portalRedirect = await PostAccountButtonAsync(reader, "card", follow: false);
        var portal = await reader.FollowAsync(portalRedirect);
        Assert.Contains("Test mode", portal.DecodedHtml, StringComparison.Ordinal);
        var saved = await PayAsync(reader, portal, number);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
    }

    private static async Task<Page> PostAccountButtonAsync(Reader reader, string handler, bool follow = true)
    {
        var account = await reader.GetAsync("/account");
        var result = await reader.PostAsync($"/billing/manage?handler={handler}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(account.Html),
        });
        return follow ? await reader.FollowAsync(result) : result;
    }
}

public sealed class SandboxJourneyOnSqlite(SqliteBillingApp app) : SandboxJourneyTests(app), IClassFixture<SqliteBillingApp>;

public sealed class SandboxJourneyOnPostgres(PostgresBillingApp app) : SandboxJourneyTests(app), IClassFixture<PostgresBillingApp>;
