using Masthead.Core.Billing;
using Masthead.Core.Subscriptions;

namespace Masthead.Core.Tests.Subscriptions;

/// <summary>
/// How billing events move a subscription, as a table of event sequences and the state they leave,
/// and the promise that duplicates and out-of-order deliveries converge.
/// </summary>
public sealed class SubscriptionTransitionsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset May = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Provider time, some hours after the subscription was created.</summary>
    private static DateTimeOffset At(int hours) => Start.AddHours(hours);

    private static SubscriptionChanged Changed(SubscriptionStatus status, DateTimeOffset at, DateTimeOffset? periodEnd = null, bool cancelAtEnd = false) =>
        new($"evt_sub_{status}_{at:MMddHH}", at, "cus_1", "sub_1", "price_1", status, periodEnd ?? April, cancelAtEnd);

    private static SubscriptionChanged Created(DateTimeOffset? at = null) => Changed(SubscriptionStatus.Active, at ?? Start);

    private static InvoicePaymentFailed Failed(DateTimeOffset at, int attempt = 1) =>
        new($"evt_failed_{at:MMddHH}", at, "cus_1", "in_renewal", "sub_1", 850, "EUR", attempt, at.AddDays(3));

    private static InvoicePaid Paid(DateTimeOffset at, DateTimeOffset? periodEnd = null) =>
        new($"evt_paid_{at:MMddHH}", at, "cus_1", "in_renewal", "sub_1", 850, "EUR", "MW-0001", periodEnd);

    private static SubscriptionState? ApplyAll(SubscriptionState? start, IEnumerable<BillingEvent> events) =>
        events.Aggregate(start, SubscriptionTransitions.Apply);

    /// <summary>What the paywall and the account page read of a subscription.</summary>
    public sealed record Outcome(SubscriptionStatus Status, DateTimeOffset PeriodEnd, DateTimeOffset? PaymentFailedAt, bool CancelAtPeriodEnd = false)
    {
        public static Outcome Of(SubscriptionState state) =>
            new(state.Status, state.CurrentPeriodEnd, state.PaymentFailedAt, state.CancelAtPeriodEnd);
    }

    public sealed record Row(string Sentence, BillingEvent[] Events, Outcome Expected)
    {
        public override string ToString() => Sentence;
    }

    public static TheoryData<Row> Rows => new(
        new Row("a created subscription is active to its period end with no failure",
            [Created()], new(SubscriptionStatus.Active, April, null)),
        new Row("a failed renewal moves an active subscription to past due and stamps the failure",
            [Created(), Failed(At(1))], new(SubscriptionStatus.PastDue, April, At(1))),
        new Row("a second failed charge keeps the time of the first",
            [Created(), Failed(At(1)), Failed(At(72), attempt: 2)], new(SubscriptionStatus.PastDue, April, At(1))),
        new Row("a payment recovers a past-due subscription, clears the failure and extends the period",
            [Created(), Failed(At(1)), Paid(At(2), May)], new(SubscriptionStatus.Active, May, null)),
        new Row("a payment recovers an unpaid subscription",
            [Created(), Failed(At(1)), Changed(SubscriptionStatus.Unpaid, At(2)), Paid(At(3))], new(SubscriptionStatus.Active, April, null)),
        new Row("an incomplete checkout becomes active when its first invoice is paid",
            [Changed(SubscriptionStatus.Incomplete, Start), Paid(At(1), April)], new(SubscriptionStatus.Active, April, null)),
        new Row("a past-due update with no failed charge known starts the grace period at the update",
            [Created(), Changed(SubscriptionStatus.PastDue, At(1))], new(SubscriptionStatus.PastDue, April, At(1))),
        new Row("a past-due update after the failed charge keeps the charge's time",
            [Created(), Failed(At(1)), Changed(SubscriptionStatus.PastDue, At(2))], new(SubscriptionStatus.PastDue, April, At(1))),
        new Row("an older subscription update arriving after a newer one is ignored",
            [Created(), Changed(SubscriptionStatus.Active, At(2), cancelAtEnd: true), Changed(SubscriptionStatus.PastDue, At(1))],
            new(SubscriptionStatus.Active, April, null, CancelAtPeriodEnd: true)),
        new Row("a failure older than the latest payment is ignored",
            [Created(), Paid(At(2), May), Failed(At(1))], new(SubscriptionStatus.Active, May, null)),
        new Row("a payment older than a later failure does not clear it",
            [Created(), Failed(At(2)), Paid(At(1))], new(SubscriptionStatus.PastDue, April, At(2))),
        new Row("a deleted subscription is canceled and keeps its paid period end",
            [Created(), Changed(SubscriptionStatus.Canceled, At(1), April)], new(SubscriptionStatus.Canceled, April, null)),
        new Row("a subscription deleted while past due is canceled and keeps its failure and period end",
            [Created(), Failed(At(1)), Changed(SubscriptionStatus.Canceled, At(2), April)], new(SubscriptionStatus.Canceled, April, At(1))),
        new Row("an update older than the cancellation does not revive a canceled subscription",
            [Created(), Changed(SubscriptionStatus.Canceled, At(2)), Changed(SubscriptionStatus.Active, At(1))], new(SubscriptionStatus.Canceled, April, null)),
        new Row("a failed charge after an earlier failure was recovered starts a new grace period",
            [Created(), Failed(At(1)), Paid(At(2), May), Failed(May)], new(SubscriptionStatus.PastDue, May, May)),
        new Row("a past-due update after an earlier failure was recovered starts a new grace period",
            [Created(), Failed(At(1)), Paid(At(2), May), Changed(SubscriptionStatus.PastDue, May, May)], new(SubscriptionStatus.PastDue, May, May)),
        new Row("a failure older than the latest update leaves an active subscription with no failure",
            [Created(), Changed(SubscriptionStatus.Active, At(2), May), Failed(At(1))], new(SubscriptionStatus.Active, May, null)),
        new Row("a renewal failing a month after a stale failure arrived starts its own grace period",
            [Created(), Changed(SubscriptionStatus.Active, At(2), May), Failed(At(1)), Failed(May)], new(SubscriptionStatus.PastDue, May, May)));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Events_leave_the_subscription_as_the_table_says(Row row)
    {
        var state = ApplyAll(null, row.Events);

        Assert.NotNull(state);
        Assert.Equal(row.Expected, Outcome.Of(state));
    }

    public sealed record Pair(string Sentence, BillingEvent[] Before, BillingEvent A, BillingEvent B)
    {
        public override string ToString() => Sentence;
    }

    public static TheoryData<Pair> Pairs => new(
        new Pair("a renewal failure and the retry that paid it", [Created()], Failed(At(1)), Paid(At(2), May)),
        new Pair("a past-due update and the failed charge behind it", [Created()], Changed(SubscriptionStatus.PastDue, At(1)), Failed(At(1))),
        new Pair("a recovery update and the payment behind it", [Created(), Failed(At(1))], Changed(SubscriptionStatus.Active, At(2), May), Paid(At(2), May)),
        new Pair("a cancellation and an older update", [Created()], Changed(SubscriptionStatus.Canceled, At(2)), Changed(SubscriptionStatus.Active, At(1), cancelAtEnd: true)),
        new Pair("a cancellation and an older failure", [Created()], Changed(SubscriptionStatus.Canceled, At(2)), Failed(At(1))),
        new Pair("two updates of the period end", [Created()], Changed(SubscriptionStatus.Active, At(1), May), Changed(SubscriptionStatus.Active, At(2), June)),
        new Pair("a creation and its first update", [], Created(), Changed(SubscriptionStatus.Active, At(1), May, cancelAtEnd: true)),
        new Pair("an update to active and an older renewal failure", [Created()], Changed(SubscriptionStatus.Active, At(2), May), Failed(At(1))),
        new Pair("a payment and a later renewal failure", [Created()], Paid(At(1), May), Failed(At(2))),
        new Pair("two failed charges of the same invoice", [Created()], Failed(At(1)), Failed(At(72), attempt: 2)));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Out_of_order_deliveries_converge_on_the_same_subscription(Pair pair)
    {
        var before = ApplyAll(null, pair.Before);

        var inOrder = ApplyAll(before, [pair.A, pair.B]);
        var reversed = ApplyAll(before, [pair.B, pair.A]);

        Assert.NotNull(inOrder);
        Assert.NotNull(reversed);
        Assert.Equal(Outcome.Of(inOrder), Outcome.Of(reversed));
    }

    public static TheoryData<string> EveryKindOfEvent => new("created", "updated", "failed", "paid", "deleted");

    [Theory]
    [MemberData(nameof(EveryKindOfEvent))]
    public void The_same_event_twice_leaves_the_state_it_left_once(string kind)
    {
        var before = ApplyAll(null, [Created(), Failed(At(1))]);
        BillingEvent e = kind switch
        {
            "created" => Created(At(2)),
            "updated" => Changed(SubscriptionStatus.PastDue, At(2), May),
            "failed" => Failed(At(2), attempt: 2),
            "paid" => Paid(At(2), May),
            "deleted" => Changed(SubscriptionStatus.Canceled, At(2)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var once = SubscriptionTransitions.Apply(before, e);
        var twice = SubscriptionTransitions.Apply(once, e);

        Assert.Equal(once, twice);
    }

    [Fact]
    public void A_subscription_update_with_no_subscription_yet_creates_one()
    {
        var state = SubscriptionTransitions.Apply(null, Created());

        Assert.Equal(new SubscriptionState("sub_1", "price_1", SubscriptionStatus.Active, April, false, null, Start), state);
    }

    [Fact]
    public void Invoice_events_for_a_subscription_not_known_yet_leave_nothing()
    {
        Assert.Null(SubscriptionTransitions.Apply(null, Failed(At(1))));
        Assert.Null(SubscriptionTransitions.Apply(null, Paid(At(1), May)));
    }

    [Fact]
    public void Events_that_do_not_concern_the_subscription_return_it_unchanged()
    {
        var current = ApplyAll(null, [Created(), Failed(At(1))]);

        Assert.Same(current, SubscriptionTransitions.Apply(current, new CardOnFileChanged("evt_card", At(2), "cus_1", new CardOnFile("visa", "4242", 12, 2034))));
        Assert.Same(current, SubscriptionTransitions.Apply(current, new IgnoredEvent("evt_other", At(2), "customer.updated")));
        Assert.Null(SubscriptionTransitions.Apply(null, new IgnoredEvent("evt_other", At(2), "customer.updated")));
    }

    [Fact]
    public void An_update_older_than_the_state_returns_it_unchanged()
    {
        var current = ApplyAll(null, [Created(At(2))]);

        Assert.Same(current, SubscriptionTransitions.Apply(current, Changed(SubscriptionStatus.Canceled, At(1))));
    }
}
