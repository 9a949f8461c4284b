using System.Globalization;
using Masthead.Core.Paywall;
using Masthead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Paywall;

/// <summary>Where meters live: a cookie for anonymous readers, a row on the server for signed-in ones.</summary>
public sealed class MeterStore(MastheadDbContext db, MeterCookie cookie, TimeProvider clock, IOptions<PaywallOptions> options)
{
    private DateTimeOffset CurrentPeriod => MeterState.PeriodStartFor(clock.GetUtcNow(), options.Value.MeterPeriod);

    public async Task<MeterState> LoadAsync(HttpContext context, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return cookie.Read(context.Request) ?? MeterState.Empty(CurrentPeriod);
        }

        var row = await db.ReaderMeters.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        return row is null ? MeterState.Empty(CurrentPeriod) : new MeterState(row.PeriodStart, ParseIds(row.ArticleIds));
    }

    public async Task SaveAsync(HttpContext context, string? userId, MeterState meter, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            cookie.Write(context.Response, meter);
            return;
        }

        var row = await db.ReaderMeters.FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (row is null)
        {
            row = new ReaderMeterRecord { UserId = userId };
            db.ReaderMeters.Add(row);
        }

        row.PeriodStart = meter.PeriodStart;
        row.ArticleIds = string.Join(',', meter.ArticleIds);
        await db.SaveChangesAsync(cancellationToken);
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

        var account = (await LoadAsync(context, userId, cancellationToken)).ForPeriodAt(now, period);
        await SaveAsync(context, userId, account.Merge(current), cancellationToken);
    }

    private static List<int> ParseIds(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
}
