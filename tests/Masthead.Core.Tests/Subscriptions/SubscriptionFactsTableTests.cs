using Masthead.Core.Paywall;
using Masthead.Core.Subscriptions;

namespace Masthead.Core.Tests.Subscriptions;

/// <summary>
/// Every question a page asks of a reader's subscription, answered once: where the reader stands,
/// and which of the account page's offers apply. One row per kind of subscription.
/// </summary>
public sealed class SubscriptionFactsTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);
    private static readonly PaywallRules Rules = PaywallRules.Default;

    /// <param name="BlocksCheckout">Whether a second checkout is blocked.</param>
    public sealed record Row(
        string Sentence, Subscription? Subscription, Standing Standing,
        bool BlocksCheckout, bool CanCancel, bool CanResume, bool NeedsCard, bool Renews, bool IsOver)
    {
        public override string ToString() => Sentence;
    }

    private static Subscription Sub(SubscriptionStatus status, int periodEndDays, bool cancelAtEnd = false, int? failedDaysAgo = null) =>
        new(status, Now.AddDays(periodEndDays), cancelAtEnd, failedDaysAgo is { } days ? Now.AddDays(-days) : null);

    public static TheoryData<Row> Rows => new(
        new Row("no subscription: nothing to manage, free to subscribe", null, Standing.None, false, false, false, false, false, false),
        new Row("an incomplete checkout was never paid: subscribe again",
            Sub(SubscriptionStatus.Incomplete, 30), Standing.None, false, false, false, false, false, true),
        new Row("a trial reads everything, renews, and may be cancelled",
            Sub(SubscriptionStatus.Trialing, 10), Standing.Full, true, true, false, false, true, false),
        new Row("an active subscription reads everything, renews, and may be cancelled",
            Sub(SubscriptionStatus.Active, 20), Standing.Full, true, true, false, false, true, false),
        new Row("an active subscription cancelled at period end reads on and may be resumed",
            Sub(SubscriptionStatus.Active, 3, cancelAtEnd: true), Standing.Full, true, false, true, false, false, false),
        new Row("a cancelled subscription whose period ended a minute ago is over (the skew still reads)",
            new Subscription(SubscriptionStatus.Active, Now.AddMinutes(-1), CancelAtPeriodEnd: true), Standing.Full, true, false, false, false, false, true),
        new Row("a cancelled subscription whose period ended yesterday is over",
            Sub(SubscriptionStatus.Active, -1, cancelAtEnd: true), Standing.Former, true, false, false, false, false, true),
        new Row("a failed payment within grace needs a new card and still renews",
            Sub(SubscriptionStatus.PastDue, -2, failedDaysAgo: 2), Standing.InGrace, true, true, false, true, true, false),
        new Row("a failed payment past grace needs a new card",
            Sub(SubscriptionStatus.PastDue, -9, failedDaysAgo: 8), Standing.CardFailed, true, true, false, true, true, false),
        new Row("a failed payment within grace, cancelled at period end, may be resumed",
            Sub(SubscriptionStatus.PastDue, 2, cancelAtEnd: true, failedDaysAgo: 1), Standing.InGrace, true, false, true, true, false, false),
        new Row("an unpaid subscription needs a new card",
            Sub(SubscriptionStatus.Unpaid, -20, failedDaysAgo: 20), Standing.CardFailed, true, true, false, true, true, false),
        new Row("a subscription ended by the provider reads to its recorded end and is over",
            Sub(SubscriptionStatus.Canceled, 3), Standing.Full, false, false, false, false, false, true),
        new Row("a subscription ended after failed charges gives no access and is over",
            Sub(SubscriptionStatus.Canceled, 20, failedDaysAgo: 10), Standing.Former, false, false, false, false, false, true),
        new Row("a subscription ended long ago is over",
            Sub(SubscriptionStatus.Canceled, -40), Standing.Former, false, false, false, false, false, true));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Answers_every_question_as_the_table_says(Row row)
    {
        var s = row.Subscription;

        Assert.Equal(
            (row.Standing, row.BlocksCheckout, row.CanCancel, row.CanResume, row.NeedsCard, row.Renews, row.IsOver),
            (s.StandingAt(Now, Rules), s.BlocksNewCheckout(), s.CanCancel(), s.CanResume(Now), s.NeedsCardUpdate(Now, Rules), s.Renews(), s.IsOver(Now)));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_paywall_reads_everything_exactly_for_a_full_or_in_grace_standing(Row row)
    {
        var reader = Reader.Registered(row.Subscription);

        Assert.Equal(row.Standing is Standing.Full or Standing.InGrace, AccessPolicy.ReadsEverything(reader, Now, Rules));
        Assert.Equal(row.Standing, AccessPolicy.StandingOf(reader, Now, Rules));
    }

    [Fact]
    public void Staff_and_complimentary_readers_stand_paid_up_whatever_their_subscription()
    {
        var lapsed = Sub(SubscriptionStatus.Canceled, -40);

        Assert.Equal(Standing.Full, AccessPolicy.StandingOf(new Reader(SignedIn: true, IsStaff: true, Subscription: lapsed), Now, Rules));
        Assert.Equal(Standing.Full, AccessPolicy.StandingOf(new Reader(SignedIn: true, Subscription: lapsed, ComplimentaryUntil: Now.AddDays(1)), Now, Rules));
        Assert.Equal(Standing.Former, AccessPolicy.StandingOf(new Reader(SignedIn: true, Subscription: lapsed, ComplimentaryUntil: Now), Now, Rules));
    }
}
