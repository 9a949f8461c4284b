using System.Globalization;
using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Paywall;

/// <summary>
/// Where signed-in readers' meters live: a row on the server, read, decided on and written as one
/// step (a version check), so two requests at once can never both spend the last free article. An
/// anonymous reader's meter travels in a cookie (<see cref="MeterCookie"/>); at sign-in it joins the
/// account's.
/// </summary>
public sealed class MeterStore(MastheadDbContext db, MeterCookie cookie, TimeProvider clock, IOptions<PaywallOptions> options)
{
    /// <summary>Rounds before giving up; each round one of the competing requests wins, so this is never reached in practice.</summary>
    private const int MaxRounds = 25;

    /// <summary>A meter with nothing read, for the current period.</summary>
    public MeterState EmptyMeter() => MeterState.Empty(MeterState.PeriodStartFor(clock.GetUtcNow(), options.Value.MeterPeriod));

    /// <summary>Decides on a signed-in reader's meter and keeps the meter the decision leaves, as one step.</summary>
    public async Task<AccessDecision> DecideAsync(string userId, Func<MeterState, AccessDecision> decide, CancellationToken cancellationToken)
    {
        return await ChangeAsync(userId, Step, cancellationToken);

        (AccessDecision, MeterState?) Step(MeterState meter)
        {
            var decision = decide(meter);
            return (decision, decision.MeterChanged ? decision.Meter : null);
        }
    }

    /// <summary>On sign-in, the reads made anonymously this period join the account's meter.</summary>
    public async Task CarryAnonymousMeterAsync(HttpContext context, string userId, CancellationToken cancellationToken)
    {
        var anonymous = cookie.Read(context.Request);
        MeterCookie.Delete(context.Response);
        if (anonymous is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var period = options.Value.MeterPeriod;
        var current = anonymous.ForPeriodAt(now, period);
        if (current.Count == 0)
        {
            return;
        }

        await ChangeAsync<bool>(userId, account => (true, account.ForPeriodAt(now, period).Merge(current)), cancellationToken);
    }

    /// <summary>
    /// Reads the meter, asks <paramref name="step"/> what to keep, and writes it only if nobody wrote
    /// in between; otherwise reads again and asks again.
    /// </summary>
    private async Task<T> ChangeAsync<T>(string userId, Func<MeterState, (T Result, MeterState? Next)> step, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var row = await db.ReaderMeters.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
            var meter = row is null ? EmptyMeter() : new MeterState(row.PeriodStart, ParseIds(row.ArticleIds));
            var (result, next) = step(meter);
            if (next is null)
            {
                return result;
            }

            var ids = string.Join(',', next.ArticleIds);
            var written = row is null
                ? await TryInsertAsync(new ReaderMeterRecord { UserId = userId, PeriodStart = next.PeriodStart, ArticleIds = ids, Version = 1 }, round, cancellationToken)
                : await db.ReaderMeters
                    .Where(m => m.UserId == userId && m.Version == row.Version)
                    .ExecuteUpdateAsync(
                        set => set.SetProperty(m => m.PeriodStart, next.PeriodStart).SetProperty(m => m.ArticleIds, ids).SetProperty(m => m.Version, row.Version + 1),
                        cancellationToken) == 1;
            if (written)
            {
                return result;
            }

            if (round == MaxRounds)
            {
                throw new DbUpdateConcurrencyException($"The meter of {userId} kept changing underneath {MaxRounds} attempts to update it.");
            }
        }
    }

    /// <returns>False when another request inserted the reader's first meter row first.</returns>
    private async Task<bool> TryInsertAsync(ReaderMeterRecord row, int round, CancellationToken cancellationToken)
    {
        db.ReaderMeters.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (round < MaxRounds)
        {
            // Most likely the key is taken; the next round reads that row. Anything else fails again
            // on every round and surfaces on the last.
            return false;
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private static List<int> ParseIds(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
}
