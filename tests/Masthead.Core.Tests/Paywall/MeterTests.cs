using Masthead.Core.Paywall;

namespace Masthead.Core.Tests.Paywall;

public sealed class MeterTests
{
    private static readonly PaywallRules Rules = PaywallRules.Default with { MeterLimit = 3 };
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset November = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static ArticleAccess Metered(int id) => new(id, AccessLevel.Subscribers, Metered: true, PreviewParagraphs: 2, BlockCount: 6);

    [Fact]
    public void Each_distinct_metered_article_counts_once()
    {
        var meter = MeterState.Empty(November);

        var first = AccessPolicy.Decide(Reader.Anonymous, Metered(1), meter, Now, Rules);
        var again = AccessPolicy.Decide(Reader.Anonymous, Metered(1), first.Meter, Now, Rules);

        Assert.Equal(2, first.FreeArticlesLeft);
        Assert.True(first.MeterChanged);
        Assert.True(again.FullText);
        Assert.Equal(2, again.FreeArticlesLeft);
        Assert.False(again.MeterChanged);
    }

    [Fact]
    public void The_last_free_article_is_read_whole_and_the_next_is_stopped()
    {
        var meter = new MeterState(November, [1, 2]);

        var third = AccessPolicy.Decide(Reader.Anonymous, Metered(3), meter, Now, Rules);
        var fourth = AccessPolicy.Decide(Reader.Anonymous, Metered(4), third.Meter, Now, Rules);

        Assert.True(third.FullText);
        Assert.Equal(0, third.FreeArticlesLeft);
        Assert.False(fourth.FullText);
        Assert.Equal(Prompt.SubscribeOrLogIn, fourth.Prompt);
        Assert.False(fourth.MeterChanged);
    }

    [Fact]
    public void A_spent_reader_may_still_reopen_an_article_already_counted()
    {
        var meter = new MeterState(November, [1, 2, 3]);

        Assert.True(AccessPolicy.Decide(Reader.Anonymous, Metered(2), meter, Now, Rules).FullText);
    }

    [Fact]
    public void Free_and_registered_articles_never_touch_the_meter()
    {
        var meter = new MeterState(November, [1]);

        var free = AccessPolicy.Decide(Reader.Anonymous, new ArticleAccess(9, AccessLevel.Free, false, 2, 6), meter, Now, Rules);
        var registered = AccessPolicy.Decide(Reader.Registered(), new ArticleAccess(10, AccessLevel.Registered, true, 2, 6), meter, Now, Rules);

        Assert.False(free.MeterChanged);
        Assert.Null(free.Meter);
        Assert.False(registered.MeterChanged);
    }

    [Fact]
    public void The_meter_starts_afresh_at_the_first_second_of_the_next_month()
    {
        var spent = new MeterState(November, [1, 2, 3]);
        var lastSecond = new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero);
        var firstSecond = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        var before = AccessPolicy.Decide(Reader.Anonymous, Metered(4), spent, lastSecond, Rules);
        var after = AccessPolicy.Decide(Reader.Anonymous, Metered(4), spent, firstSecond, Rules);

        Assert.False(before.FullText);
        Assert.True(after.FullText);
        Assert.Equal(firstSecond, after.Meter!.PeriodStart);
        Assert.Equal([4], after.Meter.ArticleIds);
    }

    [Fact]
    public void A_meter_from_a_node_whose_clock_runs_ahead_is_kept_not_reset()
    {
        var december = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var spentAhead = new MeterState(december, [1, 2, 3]);
        var ourClock = december.AddSeconds(-5);

        var decision = AccessPolicy.Decide(Reader.Anonymous, Metered(4), spentAhead, ourClock, Rules);

        Assert.False(decision.FullText);
    }

    [Theory]
    [InlineData(MeterPeriod.Month, "2026-11-18T12:00:00Z", "2026-11-01T00:00:00Z")]
    [InlineData(MeterPeriod.Week, "2026-11-18T12:00:00Z", "2026-11-16T00:00:00Z")]
    [InlineData(MeterPeriod.Week, "2026-11-22T23:59:59Z", "2026-11-16T00:00:00Z")]
    [InlineData(MeterPeriod.Week, "2026-11-23T00:00:00Z", "2026-11-23T00:00:00Z")]
    [InlineData(MeterPeriod.Day, "2026-11-18T23:59:59Z", "2026-11-18T00:00:00Z")]
    [InlineData(MeterPeriod.Month, "2026-12-01T00:30:00+02:00", "2026-11-01T00:00:00Z")]
    public void Periods_are_calendar_aligned_in_utc(MeterPeriod period, string now, string expectedStart)
    {
        Assert.Equal(DateTimeOffset.Parse(expectedStart, null), MeterState.PeriodStartFor(DateTimeOffset.Parse(now, null), period));
    }

    [Fact]
    public void The_limit_comes_from_the_rules()
    {
        var meter = new MeterState(November, [1, 2, 3]);

        Assert.True(AccessPolicy.Decide(Reader.Anonymous, Metered(4), meter, Now, Rules with { MeterLimit = 4 }).FullText);
        Assert.False(AccessPolicy.Decide(Reader.Anonymous, Metered(1), MeterState.Empty(November), Now, Rules with { MeterLimit = 0 }).FullText);
    }

    [Fact]
    public void An_anonymous_meter_merges_into_an_account_meter_of_the_same_period()
    {
        var account = new MeterState(November, [1, 2]);
        var anonymous = new MeterState(November, [2, 5]);
        var lastMonth = new MeterState(November.AddMonths(-1), [9]);

        Assert.Equal([1, 2, 5], account.Merge(anonymous).ArticleIds);
        Assert.Equal([1, 2], account.Merge(lastMonth).ArticleIds);
    }
}
