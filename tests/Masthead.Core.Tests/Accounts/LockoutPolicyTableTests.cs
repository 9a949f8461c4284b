using Masthead.Core.Accounts;

namespace Masthead.Core.Tests.Accounts;

/// <summary>How long an account stays locked after too many failed sign-ins, row by row.</summary>
public sealed class LockoutPolicyTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);
    private static readonly LockoutRules Rules = new(First: TimeSpan.FromMinutes(15), Longest: TimeSpan.FromHours(24));

    public sealed record Row(string Sentence, LockoutHistory History, TimeSpan Lasts, int Streak)
    {
        public override string ToString() => Sentence;
    }

    public static TheoryData<Row> Rows => new(
        new Row("a first lockout lasts the base time", LockoutHistory.None, TimeSpan.FromMinutes(15), 1),
        new Row("a second lockout within a day lasts twice as long",
            new LockoutHistory(1, Now.AddHours(-1)), TimeSpan.FromMinutes(30), 2),
        new Row("a third lockout within a day of the second lasts four times as long",
            new LockoutHistory(2, Now.AddHours(-23)), TimeSpan.FromMinutes(60), 3),
        new Row("a lockout a day or more after the last starts again from the base time",
            new LockoutHistory(4, Now.AddDays(-1)), TimeSpan.FromMinutes(15), 1),
        new Row("a lockout long after the last starts again from the base time",
            new LockoutHistory(7, Now.AddDays(-30)), TimeSpan.FromMinutes(15), 1),
        new Row("the seventh lockout in a row lasts sixty-four times the base",
            new LockoutHistory(6, Now.AddMinutes(-1)), TimeSpan.FromMinutes(15 * 64), 7),
        new Row("doubling stops at the longest lockout",
            new LockoutHistory(7, Now.AddMinutes(-1)), TimeSpan.FromHours(24), 8),
        new Row("a very long run of lockouts still lasts the longest lockout, and nothing overflows",
            new LockoutHistory(int.MaxValue - 1, Now.AddMinutes(-1)), TimeSpan.FromHours(24), int.MaxValue),
        new Row("a run that cannot count further stays at its count",
            new LockoutHistory(int.MaxValue, Now.AddMinutes(-1)), TimeSpan.FromHours(24), int.MaxValue));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Lockouts_back_off(Row row)
    {
        var lockout = LockoutPolicy.Next(row.History, Now, Rules);

        Assert.Equal(Now + row.Lasts, lockout.Until);
        Assert.Equal(row.Streak, lockout.History.Streak);
        Assert.Equal(Now, lockout.History.LastLockedAt);
    }

    [Fact]
    public void A_longest_lockout_set_below_the_first_never_shortens_the_first()
    {
        var rules = new LockoutRules(First: TimeSpan.FromMinutes(15), Longest: TimeSpan.FromMinutes(5));

        Assert.Equal(Now.AddMinutes(15), LockoutPolicy.Next(new LockoutHistory(3, Now.AddMinutes(-1)), Now, rules).Until);
    }
}
