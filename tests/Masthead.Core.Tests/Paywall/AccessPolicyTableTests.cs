using Masthead.Core.Paywall;
using Masthead.Core.Subscriptions;

namespace Masthead.Core.Tests.Paywall;

/// <summary>Every row of DESIGN.md's paywall table, each named as the sentence it proves.</summary>
public sealed class AccessPolicyTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);
    private static readonly PaywallRules Rules = PaywallRules.Default;

    private static readonly ArticleAccess Free = new(1, AccessLevel.Free, Metered: false, PreviewParagraphs: 2, BlockCount: 6);
    private static readonly ArticleAccess RegisteredOnly = new(2, AccessLevel.Registered, Metered: false, PreviewParagraphs: 3, BlockCount: 6);
    private static readonly ArticleAccess Paid = new(3, AccessLevel.Subscribers, Metered: false, PreviewParagraphs: 2, BlockCount: 6);
    private static readonly ArticleAccess PaidMetered = new(4, AccessLevel.Subscribers, Metered: true, PreviewParagraphs: 2, BlockCount: 6);

    private static readonly MeterState FreshMeter = MeterState.Empty(MeterState.PeriodStartFor(Now, MeterPeriod.Month));
    private static readonly MeterState SpentMeter = new(FreshMeter.PeriodStart, [.. Enumerable.Range(100, Rules.MeterLimit)]);

    private static Reader Subscriber(SubscriptionStatus status, DateTimeOffset periodEnd, bool cancelAtEnd = false, DateTimeOffset? failedAt = null) =>
        Reader.Registered(new Subscription(status, periodEnd, cancelAtEnd, failedAt));

    /// <param name="PreviewBlocks">Blocks sent when the reader may not read on (all six are sent otherwise).</param>
    public sealed record Row(string Sentence, Reader Reader, ArticleAccess Article, MeterState? Meter, bool FullText, Prompt Prompt, int PreviewBlocks)
    {
        public override string ToString() => Sentence;
    }

    public static TheoryData<Row> Rows => new(
        new Row("anyone reads a free article whole", Reader.Anonymous, Free, FreshMeter, true, Prompt.None, 0),
        new Row("a signed-in reader reads a free article whole", Reader.Registered(), Free, null, true, Prompt.None, 0),
        new Row("an anonymous reader gets the preview of a registered-only article and is asked to create an account",
            Reader.Anonymous, RegisteredOnly, FreshMeter, false, Prompt.CreateAccount, 3),
        new Row("a signed-in reader reads a registered-only article whole", Reader.Registered(), RegisteredOnly, FreshMeter, true, Prompt.None, 0),
        new Row("an anonymous reader with meter left reads a metered article whole and is told what is left",
            Reader.Anonymous, PaidMetered, FreshMeter, true, Prompt.FreeArticlesLeft, 0),
        new Row("an anonymous reader whose meter is spent gets the preview and is asked to subscribe or log in",
            Reader.Anonymous, PaidMetered, SpentMeter, false, Prompt.SubscribeOrLogIn, 2),
        new Row("an anonymous reader gets the preview of an unmetered subscribers-only article whatever the meter",
            Reader.Anonymous, Paid, FreshMeter, false, Prompt.SubscribeOrLogIn, 2),
        new Row("a signed-in reader without a subscription gets the preview and is asked to subscribe",
            Reader.Registered(), Paid, FreshMeter, false, Prompt.Subscribe, 2),
        new Row("a signed-in reader without a subscription reads a metered article on the meter",
            Reader.Registered(), PaidMetered, FreshMeter, true, Prompt.FreeArticlesLeft, 0),
        new Row("a signed-in reader whose meter is spent is asked to subscribe",
            Reader.Registered(), PaidMetered, SpentMeter, false, Prompt.Subscribe, 2),
        new Row("a reader whose checkout never completed is treated as having no subscription",
            Subscriber(SubscriptionStatus.Incomplete, Now.AddDays(30)), Paid, FreshMeter, false, Prompt.Subscribe, 2),
        new Row("an active subscriber reads a subscribers-only article whole",
            Subscriber(SubscriptionStatus.Active, Now.AddDays(20)), Paid, FreshMeter, true, Prompt.None, 0),
        new Row("an active subscriber never touches the meter",
            Subscriber(SubscriptionStatus.Active, Now.AddDays(20)), PaidMetered, SpentMeter, true, Prompt.None, 0),
        new Row("a trialing subscriber reads a subscribers-only article whole",
            Subscriber(SubscriptionStatus.Trialing, Now.AddDays(5)), Paid, null, true, Prompt.None, 0),
        new Row("a subscriber whose payment failed reads whole within grace, with a banner",
            Subscriber(SubscriptionStatus.PastDue, Now.AddDays(-2), failedAt: Now.AddDays(-2)), Paid, FreshMeter, true, Prompt.PaymentFailed, 0),
        new Row("a subscriber whose payment failed sees the banner on a free article too",
            Subscriber(SubscriptionStatus.PastDue, Now.AddDays(-2), failedAt: Now.AddDays(-2)), Free, FreshMeter, true, Prompt.PaymentFailed, 0),
        new Row("a past-due subscriber whose grace is over gets the preview and is asked to update the card",
            Subscriber(SubscriptionStatus.PastDue, Now.AddDays(-9), failedAt: Now.AddDays(-8)), Paid, FreshMeter, false, Prompt.UpdateCard, 2),
        new Row("a past-due subscriber whose grace is over is not offered the meter",
            Subscriber(SubscriptionStatus.PastDue, Now.AddDays(-9), failedAt: Now.AddDays(-8)), PaidMetered, FreshMeter, false, Prompt.UpdateCard, 2),
        new Row("an unpaid subscriber gets the preview and is asked to update the card",
            Subscriber(SubscriptionStatus.Unpaid, Now.AddDays(-20), failedAt: Now.AddDays(-20)), Paid, FreshMeter, false, Prompt.UpdateCard, 2),
        new Row("a past-due subscriber whose grace is over still reads free articles, with the banner",
            Subscriber(SubscriptionStatus.Unpaid, Now.AddDays(-20)), Free, FreshMeter, true, Prompt.PaymentFailed, 0),
        new Row("a subscriber who cancelled reads whole until the paid period ends",
            Subscriber(SubscriptionStatus.Active, Now.AddDays(3), cancelAtEnd: true), Paid, FreshMeter, true, Prompt.None, 0),
        new Row("a subscription ended early by the provider still runs to its recorded end",
            Subscriber(SubscriptionStatus.Canceled, Now.AddDays(3)), Paid, FreshMeter, true, Prompt.None, 0),
        new Row("a subscription ended after failed charges gives no access to the unpaid period",
            Subscriber(SubscriptionStatus.Canceled, Now.AddDays(20), failedAt: Now.AddDays(-10)), Paid, FreshMeter, false, Prompt.Resubscribe, 2),
        new Row("a former subscriber whose period is over gets the preview and is asked to resubscribe",
            Subscriber(SubscriptionStatus.Canceled, Now.AddDays(-3)), Paid, FreshMeter, false, Prompt.Resubscribe, 2),
        new Row("a former subscriber is asked to resubscribe rather than offered the meter",
            Subscriber(SubscriptionStatus.Canceled, Now.AddDays(-3)), PaidMetered, FreshMeter, false, Prompt.Resubscribe, 2),
        new Row("a former subscriber still reads registered-only articles",
            Subscriber(SubscriptionStatus.Canceled, Now.AddDays(-3)), RegisteredOnly, FreshMeter, true, Prompt.None, 0),
        new Row("staff read subscribers-only articles whole",
            new Reader(SignedIn: true, IsStaff: true), Paid, SpentMeter, true, Prompt.None, 0),
        new Row("a complimentary reader reads whole until the grant ends",
            new Reader(SignedIn: true, ComplimentaryUntil: Now.AddDays(1)), Paid, null, true, Prompt.None, 0),
        new Row("an expired complimentary grant gives nothing",
            new Reader(SignedIn: true, ComplimentaryUntil: Now.AddSeconds(-1)), Paid, null, false, Prompt.Subscribe, 2),
        new Row("where no meter applies a metered article shows only its preview",
            Reader.Anonymous, PaidMetered, null, false, Prompt.SubscribeOrLogIn, 2));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Decides_as_the_table_says(Row row)
    {
        var decision = AccessPolicy.Decide(row.Reader, row.Article, row.Meter, Now, Rules);

        Assert.Equal(row.FullText, decision.FullText);
        Assert.Equal(row.Prompt, decision.Prompt);
        Assert.Equal(row.FullText ? row.Article.BlockCount : row.PreviewBlocks, decision.SentBlocks);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Asks_for_the_meter_exactly_when_the_decision_reads_it(Row row)
    {
        var needed = AccessPolicy.NeedsMeter(row.Reader, row.Article, Now, Rules);
        var withMeter = AccessPolicy.Decide(row.Reader, row.Article, FreshMeter, Now, Rules);
        var withoutMeter = AccessPolicy.Decide(row.Reader, row.Article, null, Now, Rules);

        Assert.Equal(needed, withMeter.Meter is not null);
        if (!needed)
        {
            Assert.Equal(withoutMeter, withMeter);
        }
    }

    public static TheoryData<string, ArticleAccess, bool, int, int> Cuts => new()
    {
        { "a free article sends every block, all of them free", new(1, AccessLevel.Free, false, 2, 6), true, 6, 6 },
        { "a paywalled article read whole keeps its preview apart so the rest can be marked gated", new(2, AccessLevel.Subscribers, false, 2, 6), true, 2, 6 },
        { "a preview sends exactly the preview", new(3, AccessLevel.Subscribers, false, 2, 6), false, 2, 2 },
        { "a preview as long as the article holds the last block back", new(4, AccessLevel.Subscribers, false, 6, 6), false, 5, 5 },
        { "a preview longer than the article holds the last block back", new(5, AccessLevel.Subscribers, false, 9, 6), false, 5, 5 },
        { "a one-block article's preview is empty", new(6, AccessLevel.Subscribers, false, 2, 1), false, 0, 0 },
        { "a preview of no blocks sends none", new(7, AccessLevel.Registered, false, 0, 6), false, 0, 0 },
        { "an article read whole with a preview longer than itself has nothing gated", new(8, AccessLevel.Subscribers, false, 9, 6), true, 6, 6 },
        { "an empty article sends nothing", new(9, AccessLevel.Subscribers, false, 2, 0), false, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Says_exactly_how_many_blocks_are_free_and_how_many_are_sent(string sentence, ArticleAccess article, bool full, int freeBlocks, int sentBlocks)
    {
        var reader = full ? new Reader(SignedIn: true, IsStaff: true) : Reader.Anonymous;

        var decision = AccessPolicy.Decide(reader, article, null, Now, Rules);

        Assert.True(decision.FullText == full, sentence);
        Assert.Equal((freeBlocks, sentBlocks), (decision.FreeBlocks, decision.SentBlocks));
    }
}
