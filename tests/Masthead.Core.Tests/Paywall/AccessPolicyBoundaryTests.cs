using Masthead.Core.Paywall;
using Masthead.Core.Subscriptions;

namespace Masthead.Core.Tests.Paywall;

public sealed class AccessPolicyBoundaryTests
{
    private static readonly PaywallRules Rules = PaywallRules.Default;
    private static readonly ArticleAccess Paid = new(7, AccessLevel.Subscribers, Metered: false, PreviewParagraphs: 2, BlockCount: 6);
    private static readonly DateTimeOffset FailedAt = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    private static AccessDecision PastDueAt(DateTimeOffset now) =>
        AccessPolicy.Decide(
            Reader.Registered(new Subscription(SubscriptionStatus.PastDue, FailedAt, PaymentFailedAt: FailedAt)),
            Paid, null, now, Rules);

    [Fact]
    public void Grace_still_runs_one_second_before_it_ends()
    {
        var decision = PastDueAt(FailedAt + Rules.GracePeriod - TimeSpan.FromSeconds(1));

        Assert.True(decision.FullText);
        Assert.Equal(Prompt.PaymentFailed, decision.Prompt);
    }

    [Fact]
    public void Grace_is_over_at_the_exact_second_it_ends()
    {
        var decision = PastDueAt(FailedAt + Rules.GracePeriod);

        Assert.False(decision.FullText);
        Assert.Equal(Prompt.UpdateCard, decision.Prompt);
    }

    [Fact]
    public void Grace_is_measured_from_the_period_end_when_the_failure_time_is_unknown()
    {
        var sub = new Subscription(SubscriptionStatus.PastDue, FailedAt);
        var inside = AccessPolicy.Decide(Reader.Registered(sub), Paid, null, FailedAt.AddDays(6), Rules);
        var outside = AccessPolicy.Decide(Reader.Registered(sub), Paid, null, FailedAt.AddDays(7), Rules);

        Assert.True(inside.FullText);
        Assert.False(outside.FullText);
    }

    [Fact]
    public void Grace_length_comes_from_the_rules()
    {
        var shortGrace = Rules with { GracePeriod = TimeSpan.FromDays(1) };
        var sub = Reader.Registered(new Subscription(SubscriptionStatus.PastDue, FailedAt, PaymentFailedAt: FailedAt));

        Assert.False(AccessPolicy.Decide(sub, Paid, null, FailedAt.AddDays(2), shortGrace).FullText);
        Assert.True(AccessPolicy.Decide(sub, Paid, null, FailedAt.AddDays(2), Rules).FullText);
    }

    [Fact]
    public void A_cancelled_subscription_reads_whole_on_the_last_day_of_its_period()
    {
        var periodEnd = new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero);
        var reader = Reader.Registered(new Subscription(SubscriptionStatus.Active, periodEnd, CancelAtPeriodEnd: true));

        Assert.True(AccessPolicy.Decide(reader, Paid, null, new DateTimeOffset(2026, 11, 30, 0, 0, 1, TimeSpan.Zero), Rules).FullText);
        Assert.True(AccessPolicy.Decide(reader, Paid, null, periodEnd, Rules).FullText);
    }

    [Fact]
    public void A_cancelled_subscription_ends_once_the_period_and_the_skew_allowance_are_over()
    {
        var periodEnd = new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero);
        var reader = Reader.Registered(new Subscription(SubscriptionStatus.Active, periodEnd, CancelAtPeriodEnd: true));

        var withinSkew = AccessPolicy.Decide(reader, Paid, null, periodEnd + Rules.ClockSkew - TimeSpan.FromSeconds(1), Rules);
        var afterSkew = AccessPolicy.Decide(reader, Paid, null, periodEnd + Rules.ClockSkew, Rules);

        Assert.True(withinSkew.FullText);
        Assert.False(afterSkew.FullText);
        Assert.Equal(Prompt.Resubscribe, afterSkew.Prompt);
    }

    [Fact]
    public void A_payment_failure_stamped_ahead_of_our_clock_is_within_grace()
    {
        var now = FailedAt.AddSeconds(-30);
        Assert.Equal(Prompt.PaymentFailed, PastDueAt(now).Prompt);
    }

    [Fact]
    public void A_complimentary_grant_ends_at_its_exact_second()
    {
        var until = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var reader = new Reader(SignedIn: true, ComplimentaryUntil: until);

        Assert.True(AccessPolicy.Decide(reader, Paid, null, until.AddSeconds(-1), Rules).FullText);
        Assert.False(AccessPolicy.Decide(reader, Paid, null, until, Rules).FullText);
    }
}
