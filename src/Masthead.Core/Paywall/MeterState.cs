namespace Masthead.Core.Paywall;

/// <summary>The subscribers-only articles a reader has read on the meter in one period.</summary>
/// <param name="PeriodStart">Start of the period these reads belong to.</param>
/// <param name="ArticleIds">Distinct articles read; a repeat visit is free.</param>
public sealed record MeterState(DateTimeOffset PeriodStart, IReadOnlyList<int> ArticleIds)
{
    public int Count => ArticleIds.Count;

    public bool Contains(int articleId) => ArticleIds.Contains(articleId);

    public static MeterState Empty(DateTimeOffset periodStart) => new(periodStart, []);

    public MeterState With(int articleId) => new(PeriodStart, [.. ArticleIds, articleId]);

    /// <summary>Joins two meters of the same period (an anonymous one carried into an account).</summary>
    public MeterState Merge(MeterState other) =>
        other.PeriodStart != PeriodStart ? this : new(PeriodStart, [.. ArticleIds.Union(other.ArticleIds)]);

    /// <summary>The period that <paramref name="now"/> falls in.</summary>
    public static DateTimeOffset PeriodStartFor(DateTimeOffset now, MeterPeriod period)
    {
        var utc = now.ToUniversalTime();
        return period switch
        {
            MeterPeriod.Month => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
            MeterPeriod.Week => new DateTimeOffset(utc.Date, TimeSpan.Zero).AddDays(-(((int)utc.DayOfWeek + 6) % 7)),
            MeterPeriod.Day => new DateTimeOffset(utc.Date, TimeSpan.Zero),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
        };
    }

    /// <summary>
    /// The meter to use at <paramref name="now"/>: this one if it is of the current period, a fresh one if it is older.
    /// A meter stamped with a later period than ours was written by a node whose clock runs ahead; it is
    /// kept rather than reset, so a skewed clock can never hand out a second allowance.
    /// </summary>
    public MeterState ForPeriodAt(DateTimeOffset now, MeterPeriod period)
    {
        var current = PeriodStartFor(now, period);
        return PeriodStart >= current ? this : Empty(current);
    }
}
