using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Reader = Masthead.Web.Tests.Infrastructure.Reader;

namespace Masthead.Web.Tests.Paywall;

/// <summary>
/// For every gated demo article, and a gated story with pictures in its body, no sentence of its gated
/// part reaches a reader who may not read it, anywhere in the response: body, hidden elements, JSON-LD, meta tags.
/// </summary>
public abstract class GatedTextNeverLeaksTests(MastheadApp app) : AppTests(app)
{
    [Fact]
    public async Task An_anonymous_reader_whose_meter_is_spent_gets_no_gated_sentence()
    {
        await PublishIllustratedStoryAsync();
        var gated = await DemoArticles.GatedAsync(App);
        Assert.True(gated.Count >= 8, "the demo has registered-only and subscribers-only articles");
        foreach (var article in gated)
        {
            using var reader = App.NewReader();
            reader.SetCookie(MeterCookieName, SpentMeterCookie());

            var page = await reader.GetAsync(article.Url);

            AssertNoGatedSentence(article, page);
            Assert.NotNull(page.Document.QuerySelector(".paywall-prompt"));
        }
    }

    [Fact]
    public async Task A_registered_reader_whose_meter_is_spent_gets_no_gated_sentence_of_a_subscribers_only_article()
    {
        await PublishIllustratedStoryAsync();
        using var reader = await RegisteredReaderWithSpentMeterAsync();
        foreach (var article in (await DemoArticles.GatedAsync(App)).Where(a => a.Level == AccessLevel.Subscribers))
        {
            AssertNoGatedSentence(article, await reader.GetAsync(article.Url));
        }
    }

    [Fact]
    public async Task A_past_due_subscriber_whose_grace_is_over_gets_no_gated_sentence_of_a_subscribers_only_article()
    {
        await PublishIllustratedStoryAsync();
        using var reader = await SignedInAsync("lapsed");
        foreach (var article in (await DemoArticles.GatedAsync(App)).Where(a => a.Level == AccessLevel.Subscribers))
        {
            var page = await reader.GetAsync(article.Url);

            AssertNoGatedSentence(article, page);
            Assert.Contains("We couldn't charge your card on file", page.DecodedHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_subscriber_gets_every_gated_sentence()
    {
        await PublishIllustratedStoryAsync();
        using var reader = await SignedInAsync("subscriber");
        foreach (var article in await DemoArticles.GatedAsync(App))
        {
            var page = await reader.GetAsync(article.Url);

            Assert.All(article.GatedSentences, s => Assert.Contains(s, page.Document.Body!.TextContent, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// A subscribers-only story whose preview holds a library picture and whose gated part holds another:
    /// each picture is a block of its own, so the cut falls where the rendered body, not the Markdown, puts it.
    /// </summary>
    private Task PublishIllustratedStoryAsync() => App.WithDbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        MediaImage Picture(string name, string caption) => new()
        {
            StorageKey = $"leak-{tag}-{name}",
            OriginalExtension = "jpg",
            Width = 800,
            Height = 600,
            AltText = "A harbour crane at dusk",
            Caption = caption,
            Credit = "Leak Test Desk",
            VariantWidths = "480,800",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var open = Picture("open", $"A crane over the harbour, shown to every reader of the story {tag}.");
        var gated = Picture("gated", $"The dock at night, a picture only subscribers may see {tag}.");
        db.Images.AddRange(open, gated);
        await db.SaveChangesAsync();
        db.Articles.Add(new Article
        {
            Slug = $"illustrated-leak-test-{tag}",
            Headline = $"A story with pictures on both sides of the paywall {tag}",
            Standfirst = "Written for the test that no gated sentence leaves the server.",
            Dateline = "SALTMERE",
            BodyMarkdown = $"The opening paragraph is for every reader of the story {tag}.\n\n"
                + $"![A crane]({"media:" + open.Id})\n\n"
                + $"The second paragraph closes the preview for every reader {tag}.\n\n"
                + $"The third paragraph is the first that only subscribers may read {tag}.\n\n"
                + $"![The dock]({"media:" + gated.Id})",
            SectionId = await db.Sections.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            AccessLevel = AccessLevel.Subscribers,
            Metered = false,
            PreviewParagraphs = 3,
            Status = ArticleStatus.Published,
            PublishedAt = DateTimeOffset.UtcNow.AddHours(-1),
            UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    });

    private const string MeterCookieName = Masthead.Web.Features.Paywall.MeterCookie.Name;

    private string SpentMeterCookie()
    {
        var cookie = App.Service<Masthead.Web.Features.Paywall.MeterCookie>();
        var meter = new MeterState(MeterState.PeriodStartFor(DateTimeOffset.UtcNow, MeterPeriod.Month), [.. Enumerable.Range(900_000, 10)]);
        return cookie.Protect(meter);
    }

    private async Task<Reader> RegisteredReaderWithSpentMeterAsync()
    {
        var email = $"spent-{Guid.NewGuid():N}@example.test";
        var userId = await TestAccounts.CreateConfirmedAsync(App, email);
        await App.WithDbAsync(async db =>
        {
            db.ReaderMeters.Add(new ReaderMeterRecord
            {
                UserId = userId,
                PeriodStart = MeterState.PeriodStartFor(DateTimeOffset.UtcNow, MeterPeriod.Month),
                ArticleIds = string.Join(',', Enumerable.Range(900_000, 10)),
            });
            await db.SaveChangesAsync();
        });
        var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return reader;
    }

    private static void AssertNoGatedSentence(DemoArticles.Gated article, Page page)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(article.GatedSentences);
        var everything = page.DecodedHtml;
        foreach (var sentence in article.GatedSentences)
        {
            Assert.False(everything.Contains(sentence, StringComparison.Ordinal), $"{article.Slug} leaked: \"{sentence}\"");
        }

        Assert.Null(page.Document.QuerySelector(".paywalled-content"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GatedTextNeverLeaksOnSqlite(SqliteApp app) : GatedTextNeverLeaksTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GatedTextNeverLeaksOnPostgres(PostgresApp app) : GatedTextNeverLeaksTests(app);
