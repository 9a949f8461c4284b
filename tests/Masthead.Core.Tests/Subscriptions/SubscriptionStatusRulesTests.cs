using Masthead.Core.Subscriptions;

namespace Masthead.Core.Tests.Subscriptions;

public sealed class SubscriptionStatusRulesTests
{
    public static TheoryData<SubscriptionStatus, bool> Table => new()
    {
        { SubscriptionStatus.Incomplete, false },
        { SubscriptionStatus.Trialing, true },
        { SubscriptionStatus.Active, true },
        { SubscriptionStatus.PastDue, true },
        { SubscriptionStatus.Unpaid, true },
        { SubscriptionStatus.Canceled, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_subscription_is_live_while_it_bills_the_reader_now_or_at_its_next_renewal_or_retry(SubscriptionStatus status, bool live) =>
        Assert.Equal(live, status.IsLive());

    [Fact]
    public void The_table_names_every_status() =>
        Assert.Equal(Enum.GetValues<SubscriptionStatus>().Order(), Table.Select(row => row.Data.Item1).Order());
}
