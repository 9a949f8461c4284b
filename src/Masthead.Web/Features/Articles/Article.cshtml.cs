using Masthead.Core.Paywall;
using Masthead.Web.Features.Paywall;
using Masthead.Web.Features.Reading;
using Masthead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Articles;

/// <summary>The article page: the reading service's answer for this reader, as HTML.</summary>
public sealed class ArticleModel(ArticleReading reading, ReaderResolver readers, MeterCookie meterCookie, IOptions<PaywallOptions> paywall) : PageModel
{
    public ArticleRead Read { get; private set; } = null!;

    public MeterPeriod MeterPeriod => paywall.Value.MeterPeriod;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        // One address per story: another case or a trailing slash is sent to it, never read twice.
        var canonical = SiteUrls.Article(slug.ToLowerInvariant());
        if (!string.Equals(Request.Path.Value, canonical, StringComparison.Ordinal))
        {
            return RedirectPermanent(canonical + Request.QueryString);
        }

        var userId = ReaderResolver.UserId(User);
        var viewer = new Viewer(await readers.ResolveAsync(User, cancellationToken), userId, userId is null ? meterCookie.Read(Request) : null, Metered: true);
        if (await reading.ReadAsync(slug, viewer, cancellationToken) is not { } read)
        {
            return NotFound();
        }

        if (read.MeterToCarry is { } meter)
        {
            meterCookie.Write(Response, meter);
        }

        Read = read;
        Response.Headers.CacheControl = "private, no-cache";
        return Page();
    }
}
