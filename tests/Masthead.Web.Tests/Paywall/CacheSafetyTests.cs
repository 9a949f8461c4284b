using System.Globalization;
using System.Net;
using Masthead.Core.Paywall;
using Masthead.Core.Subscriptions;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using static Masthead.Web.Tests.Newsroom.NewsroomForms;
using Reader = Masthead.Web.Tests.Infrastructure.Reader;

namespace Masthead.Web.Tests.Paywall;

/// <summary>
/// The shared caches behind article pages never carry one reader's rights to another, and never
/// outlive a change: what the newsroom does shows on the very next request.
/// </summary>
public abstract class CacheSafetyTests(MastheadApp app) : AppTests(app)
{
    private const string Free = "First paragraph, open to everyone.";
    private const string Gated = "A sentence only readers with full access may ever receive from this story.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_page_read_whole_by_a_subscriber_first_never_reaches_readers_who_may_not_read_it(bool metered)
    {
        var editor = await StaffAsync(App, "Editor");
        var slug = await PublishAsync(editor, AccessLevel.Subscribers, metered);
        var now = App.Service<TimeProvider>().GetUtcNow();
        using var subscriber = await ReaderWithAsync(SubscriptionStatus.Active, now.AddDays(20));
        Assert.Contains(Gated, (await subscriber.GetAsync(slug)).DecodedHtml, StringComparison.Ordinal);

        var spent = await SignedInAsync();
        await SpendMeterAsync(spent.UserId);
        using var cardFailed = await ReaderWithAsync(SubscriptionStatus.PastDue, now.AddDays(-9), failedAt: now.AddDays(-8));
        var blocked = new List<Reader> { spent.Reader, cardFailed };
        if (!metered)
        {
            blocked.Add(App.NewReader());
        }

        foreach (var reader in blocked)
        {
            var page = await reader.GetAsync(slug);
            Assert.Contains(Free, page.DecodedHtml, StringComparison.Ordinal);
            Assert.DoesNotContain(Gated, page.DecodedHtml, StringComparison.Ordinal);
            Assert.NotNull(page.Document.QuerySelector(".paywall-prompt"));
            reader.Dispose();
        }
    }

    [Fact]
    public async Task A_changed_access_level_a_correction_and_unpublishing_show_on_the_very_next_request()
    {
        var editor = await StaffAsync(App, "Editor");
        var headline = Unique("Cached story");
        var path = await CreateAsync(editor, "Publish", StoryForm(headline, AccessLevel.Free, metered: false));
        var slug = SlugOf(headline);
        using var reader = App.NewReader();
        Assert.Contains(Gated, (await reader.GetAsync(slug)).DecodedHtml, StringComparison.Ordinal);

        await PostAsync(editor, path, "Publish", StoryForm(headline, AccessLevel.Subscribers, metered: false, slug[(slug.LastIndexOf('/') + 1)..]));
        var locked = await reader.GetAsync(slug);
        Assert.DoesNotContain(Gated, locked.DecodedHtml, StringComparison.Ordinal);
        Assert.NotNull(locked.Document.QuerySelector(".paywall-prompt"));

        var form = await editor.GetAsync(path);
        await editor.PostAsync($"{path}?handler=Correct", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Reader.AntiforgeryToken(form.Html),
            ["CorrectionText"] = "An earlier version gave the wrong day for the vote.",
        });
        Assert.Contains("An earlier version gave the wrong day for the vote.", (await reader.GetAsync(slug)).DecodedHtml, StringComparison.Ordinal);

        await PostAsync(editor, path, "Unpublish", StoryForm(headline, AccessLevel.Subscribers, metered: false, slug[(slug.LastIndexOf('/') + 1)..]));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(slug)).Status);
    }

    [Fact]
    public async Task A_story_asked_for_before_it_exists_is_found_the_moment_it_is_published()
    {
        var editor = await StaffAsync(App, "Editor");
        var headline = Unique("Not yet");
        using var reader = App.NewReader();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(SlugOf(headline))).Status);

        await CreateAsync(editor, "Publish", StoryForm(headline, AccessLevel.Free, metered: false));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(SlugOf(headline))).Status);
    }

    [Fact]
    public async Task A_reader_whose_subscription_starts_mid_session_reads_whole_on_the_next_request()
    {
        var editor = await StaffAsync(App, "Editor");
        var slug = await PublishAsync(editor, AccessLevel.Subscribers, metered: false);
        var (reader, userId) = await SignedInAsync();
        Assert.DoesNotContain(Gated, (await reader.GetAsync(slug)).DecodedHtml, StringComparison.Ordinal);

        await TestAccounts.AddSubscriptionAsync(App, userId, SubscriptionStatus.Active, App.Service<TimeProvider>().GetUtcNow().AddDays(30));

        Assert.Contains(Gated, (await reader.GetAsync(slug)).DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_readers_and_readers_on_the_meter_get_pages_no_shared_cache_may_keep()
    {
        var editor = await StaffAsync(App, "Editor");
        var metered = await PublishAsync(editor, AccessLevel.Subscribers, metered: true);
        using var subscriber = await ReaderWithAsync(SubscriptionStatus.Active, App.Service<TimeProvider>().GetUtcNow().AddDays(20));
        using var anonymous = App.NewReader();

        var forSubscriber = await subscriber.SendAsync(new HttpRequestMessage(HttpMethod.Get, metered));
        var onTheMeter = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, metered));

        Assert.True(NoSharedCache(forSubscriber), forSubscriber.Headers.CacheControl?.ToString());
        Assert.True(onTheMeter.Headers.Contains("Set-Cookie"));
        Assert.True(NoSharedCache(onTheMeter), onTheMeter.Headers.CacheControl?.ToString());
    }

    private static bool NoSharedCache(HttpResponseMessage response) =>
        response.Headers.CacheControl is { } cache && (cache.Private || cache.NoStore) && !cache.Public && cache.SharedMaxAge is null;


    [Theory]
    [InlineData("upper")]
    [InlineData("slash")]
    public async Task Another_spelling_of_an_article_address_is_sent_to_the_one_address(string spelling)
    {
        var editor = await StaffAsync(App, "Editor");
        var slug = await PublishAsync(editor, AccessLevel.Free, metered: false);
        using var reader = App.NewReader();

        var page = await reader.GetAsync(spelling == "upper" ? slug.ToUpperInvariant().Replace("/ARTICLES/", "/articles/", StringComparison.Ordinal) : slug + "/");

        Assert.Equal(HttpStatusCode.MovedPermanently, page.Status);
        Assert.Equal(slug, page.Location!.OriginalString);
    }

    private static string SlugOf(string headline) => $"/articles/{Masthead.Core.Publishing.Slug.From(headline)}";

    private async Task<string> PublishAsync(Reader editor, AccessLevel level, bool metered)
    {
        var headline = Unique($"Cache {level}");
        await CreateAsync(editor, "Publish", StoryForm(headline, level, metered));
        return SlugOf(headline);
    }

    private static Dictionary<string, string> StoryForm(string headline, AccessLevel level, bool metered, string? slug = null) =>
        new(Story(headline, slug))
        {
            ["Input.Body"] = $"{Free}\n\nSecond paragraph, also open.\n\n{Gated}\n\nA closing paragraph.",
            ["Input.AccessLevel"] = level.ToString(),
            ["Input.Metered"] = metered ? "true" : "false",
            ["Input.PreviewParagraphs"] = "2",
        };

    private async Task<(Reader Reader, string UserId)> SignedInAsync()
    {
        var email = TestAccounts.NewEmail("cache");
        var userId = await TestAccounts.CreateConfirmedAsync(App, email);
        var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return (reader, userId);
    }

    private async Task<Reader> ReaderWithAsync(SubscriptionStatus status, DateTimeOffset periodEnd, DateTimeOffset? failedAt = null)
    {
        var email = await TestAccounts.CreateSubscriberAsync(App, status, periodEnd, failedAt);
        var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return reader;
    }

    private Task SpendMeterAsync(string userId) =>
        App.WithDbAsync(async db =>
        {
            var options = App.Service<IOptions<PaywallOptions>>().Value;
            db.ReaderMeters.Add(new ReaderMeterRecord
            {
                UserId = userId,
                PeriodStart = MeterState.PeriodStartFor(App.Service<TimeProvider>().GetUtcNow(), options.MeterPeriod),
                ArticleIds = string.Join(',', Enumerable.Range(1, options.MeterLimit).Select(i => (-i).ToString(CultureInfo.InvariantCulture))),
                Version = 1,
            });
            await db.SaveChangesAsync();
        });
}

[Collection(SqliteCollection.Name)]
public sealed class CacheSafetyOnSqlite(SqliteApp app) : CacheSafetyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CacheSafetyOnPostgres(PostgresApp app) : CacheSafetyTests(app);
