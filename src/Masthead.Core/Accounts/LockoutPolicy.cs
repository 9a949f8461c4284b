namespace Masthead.Core.Accounts;

/// <summary>The first lockout lasts <see cref="First"/>; each further one within <see cref="Memory"/> of the last lasts twice the one before, up to <see cref="Longest"/>.</summary>
public sealed record LockoutRules(TimeSpan First, TimeSpan Longest)
{
    /// <summary>A lockout this long after the previous one starts the run again from <see cref="First"/>.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);
}

/// <summary>An account's run of lockouts: how many in a row, and when the latest began.</summary>
public sealed record LockoutHistory(int Streak, DateTimeOffset? LastLockedAt)
{
    public static readonly LockoutHistory None = new(0, null);
}

/// <summary>A lockout that begins now: when it ends, and the history to store with it.</summary>
public sealed record Lockout(DateTimeOffset Until, LockoutHistory History);

/// <summary>
/// Lockouts back off: someone guessing passwords gets a few tries per lockout, and the lockouts grow,
/// so a day buys them few guesses; an owner who mistyped waits only a short while the first time.
/// </summary>
public static class LockoutPolicy
{
    public static Lockout Next(LockoutHistory history, DateTimeOffset now, LockoutRules rules)
    {
        var continues = history.LastLockedAt is { } last && now - last < LockoutRules.Memory;
        var streak = continues ? history.Streak + (history.Streak < int.MaxValue ? 1 : 0) : 1;
        var longest = rules.Longest > rules.First ? rules.Longest : rules.First;
        var lasts = rules.First;
        for (var i = 1; i < streak && lasts < longest && lasts > TimeSpan.Zero; i++)
        {
            lasts *= 2;
        }

        return new Lockout(now + (lasts < longest ? lasts : longest), new LockoutHistory(streak, now));
    }
}
