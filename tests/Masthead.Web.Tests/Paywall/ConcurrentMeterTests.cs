using System.Globalization;
using System.Net;
using Masthead.Core.Paywall;
using Reader = Masthead.Web.Tests.Infrastructure.Reader;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Tests.Paywall;

/// <summary>
/// A signed-in reader's meter under concurrent requests (two tabs, a prefetching browser, a script):
/// never more full reads than the allowance, never an error.
/// </summary>
public abstract class ConcurrentMeterTests(MastheadApp app) : AppTests(app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_concurrent_first_reads_by_a_new_reader_all_succeed_and_each_article_counts_once()
    {
        var metered = await MeteredArticlesAsync();
        var (reader, userId) = await NewSignedInReaderAsync();
        var requests = Enumerable.Range(0, 10).Select(i => metered[i % metered.Count].Url).ToList();

        var pages = await Task.WhenAll(requests.Select(reader.GetAsync));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        var counted = await MeterIdsAsync(userId);
        var expected = await App.WithDbAsync(db => db.Articles.Where(a => metered.Select(m => m.Slug).Contains(a.Slug)).Select(a => a.Id).ToListAsync(Cancel));
        Assert.Equal(expected.Order(), counted.Order());
    }

    [Fact]
    public async Task Concurrent_reads_with_one_free_article_left_give_exactly_one_full_read()
    {
        var metered = await MeteredArticlesAsync();
        var (reader, userId) = await NewSignedInReaderAsync();
        var limit = App.Service<IOptions<PaywallOptions>>().Value.MeterLimit;
        await SetMeterAsync(userId, Enumerable.Range(1, limit - 1).Select(i => -i));
        var requests = metered.Concat(metered).Select(a => a.Url).ToList();

        var pages = await Task.WhenAll(requests.Select(reader.GetAsync));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        var fullReads = pages.Where(p => p.Document.QuerySelector(".paywalled-content") is not null).Select(p => p.Path).Distinct().ToList();
        Assert.Single(fullReads);
        Assert.Equal(limit, (await MeterIdsAsync(userId)).Count);
        var read = metered.Single(a => a.Url == fullReads[0]);
        var page = pages.First(p => p.Path == read.Url && p.Document.QuerySelector(".paywalled-content") is not null);
        Assert.Contains(read.GatedSentences[0], page.DecodedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_reads_with_the_allowance_spent_give_no_full_read()
    {
        var metered = await MeteredArticlesAsync();
        var (reader, userId) = await NewSignedInReaderAsync();
        var limit = App.Service<IOptions<PaywallOptions>>().Value.MeterLimit;
        await SetMeterAsync(userId, Enumerable.Range(1, limit).Select(i => -i));

        var pages = await Task.WhenAll(metered.Select(a => reader.GetAsync(a.Url)));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.All(pages, p => Assert.Null(p.Document.QuerySelector(".paywalled-content")));
        Assert.Equal(limit, (await MeterIdsAsync(userId)).Count);
    }

    private async Task<List<DemoArticles.Gated>> MeteredArticlesAsync()
    {
        var metered = (await DemoArticles.GatedAsync(App)).Where(a => a.Metered && a.Level == AccessLevel.Subscribers).ToList();
        Assert.True(metered.Count >= 3, "The demo publication needs at least three metered stories for this test.");
        return metered;
    }

    private async Task<(Reader Reader, string UserId)> NewSignedInReaderAsync()
    {
        var email = TestAccounts.NewEmail("meter");
        var userId = await TestAccounts.CreateConfirmedAsync(App, email);
        var reader = App.NewReader();
        await reader.SignInAsync(email, TestAccounts.Password);
        return (reader, userId);
    }

    private Task SetMeterAsync(string userId, IEnumerable<int> articleIds) =>
        App.WithDbAsync(async db =>
        {
            var now = App.Service<TimeProvider>().GetUtcNow();
            var period = MeterState.PeriodStartFor(now, App.Service<IOptions<PaywallOptions>>().Value.MeterPeriod);
            db.ReaderMeters.Add(new ReaderMeterRecord
            {
                UserId = userId,
                PeriodStart = period,
                ArticleIds = string.Join(',', articleIds.Select(i => i.ToString(CultureInfo.InvariantCulture))),
                Version = 1,
            });
            await db.SaveChangesAsync(Cancel);
        });

    private Task<List<int>> MeterIdsAsync(string userId) =>
        App.WithDbAsync(async db =>
        {
            var row = await db.ReaderMeters.AsNoTracking().SingleAsync(m => m.UserId == userId, Cancel);
            return row.ArticleIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList();
        });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteConcurrentMeterTests(SqliteApp app) : ConcurrentMeterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrentMeterTests(PostgresApp app) : ConcurrentMeterTests(app);
