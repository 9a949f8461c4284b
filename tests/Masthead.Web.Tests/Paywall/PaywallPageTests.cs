using Masthead.Core.Subscriptions;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Tests.Paywall;

/// <summary>What each kind of reader sees on the article page, as DESIGN.md's table says.</summary>
public abstract class PaywallPageTests(MastheadApp app) : AppTests(app)
{
    private const string Metered1 = "/articles/saltmere-port-strike-container-backlog";
    private const string Metered2 = "/articles/kestria-offshore-wind-auction-results";
    private const string Metered3 = "/articles/marrensburg-airport-drone-sightings";
    private const string SubscribersOnly = "/articles/caldry-hospital-ransomware-attack";
    private const string RegisteredOnly = "/articles/corvania-coalition-talks-stall";
    private const string Free = "/articles/port-talis-november-heat-record";

    [Fact]
    public async Task An_anonymous_reader_reads_a_metered_article_whole_and_is_told_what_is_left()
    {
        using var reader = App.NewReader();

        var page = await reader.GetAsync(Metered1);

        Assert.Contains("9 free articles left this month", page.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        await AssertWholeAsync(page, Metered1);
        Assert.Null(page.Document.QuerySelector(".paywall-prompt"));
        Assert.NotNull(reader.CookieValue(MeterCookie.Name));
    }

    [Fact]
    public async Task Reopening_an_article_does_not_count_again_and_a_new_one_does()
    {
        using var reader = App.NewReader();
        await reader.GetAsync(Metered1);

        var again = await reader.GetAsync(Metered1);
        var next = await reader.GetAsync(Metered2);

        Assert.Contains("9 free articles left", again.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 free articles left", next.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Free_articles_never_count_on_the_meter()
    {
        using var reader = App.NewReader();
        await reader.GetAsync(Free);
        await reader.GetAsync(RegisteredOnly);

        var page = await reader.GetAsync(Metered1);

        Assert.Contains("9 free articles left", page.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_malformed_or_forged_meter_cookie_is_a_fresh_meter_never_an_error(string value)
    {
        using var reader = App.NewReader();
        reader.SetCookie(MeterCookie.Name, value);

        var page = await reader.GetAsync(Metered1);

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("9 free articles left", page.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_reader_is_asked_to_subscribe_or_log_in_on_an_unmetered_subscribers_only_article()
    {
        using var reader = App.NewReader();
        var prompt = (await reader.GetAsync(SubscribersOnly)).Document.QuerySelector(".paywall-prompt")!;

        Assert.Equal("Subscribe to keep reading", prompt.QuerySelector("h2")!.TextContent);
        Assert.Contains("Already a subscriber? Log in", Normalise(prompt.TextContent), StringComparison.Ordinal);
        Assert.Contains("Make sure your card on file is up to date", prompt.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/account/login?returnUrl={Uri.EscapeDataString(SubscribersOnly)}", prompt.QuerySelector("a[href^='/account/login']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_anonymous_reader_is_asked_to_create_an_account_for_a_registered_only_article()
    {
        using var reader = App.NewReader();
        var prompt = (await reader.GetAsync(RegisteredOnly)).Document.QuerySelector(".paywall-prompt")!;

        Assert.Equal("Create a free account to keep reading", prompt.QuerySelector("h2")!.TextContent);
        Assert.Contains("Already have an account? Log in", Normalise(prompt.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_reader_reads_a_registered_only_article_whole_and_is_asked_to_subscribe_for_a_paid_one()
    {
        var email = TestAccounts.NewEmail("registered");
        await TestAccounts.CreateConfirmedAsync(App, email);
        using var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);

        var registered = await reader.GetAsync(RegisteredOnly);
        var paid = await reader.GetAsync(SubscribersOnly);

        await AssertWholeAsync(registered, RegisteredOnly);
        Assert.Null(registered.Document.QuerySelector(".paywall-prompt"));
        Assert.Equal("Subscribe to keep reading", paid.Document.QuerySelector(".paywall-prompt h2")!.TextContent);
        Assert.DoesNotContain("Already a subscriber?", paid.DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_carries_the_anonymous_meter_into_the_account()
    {
        var email = TestAccounts.NewEmail("carry");
        var userId = await TestAccounts.CreateConfirmedAsync(App, email);
        using var reader = App.NewReader();
        await reader.GetAsync(Metered1);
        await reader.GetAsync(Metered2);

        await reader.SignInAsync(email, TestAccounts.Password);
        var third = await reader.GetAsync(Metered3);

        Assert.Null(reader.CookieValue(MeterCookie.Name));
        Assert.Contains("7 free articles left", third.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.ReaderMeters.AsNoTracking().SingleAsync(m => m.UserId == userId));
        Assert.Equal(3, stored.ArticleIds.Split(',').Length);
    }

    [Fact]
    public async Task Staff_read_everything_and_never_touch_the_meter()
    {
        var email = TestAccounts.NewEmail("staff");
        var userId = await TestAccounts.CreateConfirmedAsync(App, email, StaffRoles.Editor);
        using var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);

        var metered = await reader.GetAsync(Metered1);
        var paid = await reader.GetAsync(SubscribersOnly);

        await AssertWholeAsync(metered, Metered1);
        Assert.Null(metered.Document.QuerySelector(".notice"));
        await AssertWholeAsync(paid, SubscribersOnly);
        Assert.False(await App.WithDbAsync(db => db.ReaderMeters.AnyAsync(m => m.UserId == userId)));
    }

    [Fact]
    public async Task The_demo_subscriber_reads_every_article_whole()
    {
        using var reader = await SignedInAsync("subscriber");

        foreach (var url in new[] { Metered1, SubscribersOnly, RegisteredOnly })
        {
            var page = await reader.GetAsync(url);
            await AssertWholeAsync(page, url);
            Assert.Null(page.Document.QuerySelector(".paywall-prompt"));
            Assert.Null(page.Document.QuerySelector(".notice"));
        }
    }

    [Fact]
    public async Task The_demo_subscriber_whose_card_failed_is_asked_to_update_it()
    {
        using var reader = await SignedInAsync("lapsed");
        var prompt = (await reader.GetAsync(SubscribersOnly)).Document.QuerySelector(".paywall-prompt")!;

        Assert.Equal("We couldn't charge your card on file", prompt.QuerySelector("h2")!.TextContent);
        Assert.Contains("Update it to restore access", prompt.TextContent, StringComparison.Ordinal);
        Assert.Equal("Update your card", prompt.QuerySelector("a.button")!.TextContent);
    }

    [Fact]
    public async Task A_subscriber_whose_payment_just_failed_reads_whole_under_a_banner()
    {
        var now = DateTimeOffset.UtcNow;
        using var reader = await ReaderWithSubscriptionAsync(SubscriptionStatus.PastDue, now.AddDays(-1), failedAt: now.AddDays(-1));

        var page = await reader.GetAsync(SubscribersOnly);

        await AssertWholeAsync(page, SubscribersOnly);
        Assert.Contains("Your payment failed — update your card on file", page.Document.QuerySelector(".notice-warning")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_former_subscriber_is_asked_to_resubscribe()
    {
        using var reader = await ReaderWithSubscriptionAsync(SubscriptionStatus.Canceled, DateTimeOffset.UtcNow.AddDays(-3));

        var prompt = (await reader.GetAsync(SubscribersOnly)).Document.QuerySelector(".paywall-prompt")!;

        Assert.Equal("Resubscribe", prompt.QuerySelector("a.button")!.TextContent);
    }

    [Fact]
    public async Task A_subscriber_who_cancelled_reads_whole_until_the_period_ends()
    {
        using var reader = await ReaderWithSubscriptionAsync(SubscriptionStatus.Active, DateTimeOffset.UtcNow.AddDays(2), cancelAtPeriodEnd: true);

        await AssertWholeAsync(await reader.GetAsync(SubscribersOnly), SubscribersOnly);
    }

    private async Task<Reader> ReaderWithSubscriptionAsync(
        SubscriptionStatus status, DateTimeOffset periodEnd, DateTimeOffset? failedAt = null, bool cancelAtPeriodEnd = false)
    {
        var email = await TestAccounts.CreateSubscriberAsync(App, status, periodEnd, failedAt, cancelAtPeriodEnd);
        var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return reader;
    }

    /// <summary>The page holds the article's gated text itself, inside the gated part: not just an empty wrapper.</summary>
    private async Task AssertWholeAsync(Page page, string url)
    {
        var gated = (await DemoArticles.GatedAsync(App)).Single(a => a.Url == url);
        var content = page.Document.QuerySelector(".paywalled-content");
        Assert.NotNull(content);
        Assert.NotEmpty(gated.GatedSentences);
        Assert.All(gated.GatedSentences, sentence => Assert.Contains(sentence, content.TextContent, StringComparison.Ordinal));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

[Collection(SqliteCollection.Name)]
public sealed class PaywallPageOnSqlite(SqliteApp app) : PaywallPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PaywallPageOnPostgres(PostgresApp app) : PaywallPageTests(app);
