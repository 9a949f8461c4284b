using Masthead.Core.Paywall;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

/// <summary>
/// Where checkout sends the reader back. The provider's webhook usually lands first; if not, the
/// page checks again each second and moves on as soon as access is there.
/// </summary>
[Authorize]
public sealed class ReturnModel(ReaderResolver readers, TimeProvider clock, IOptions<PaywallOptions> paywall) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";

    public int Attempt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, int attempt, CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnUrls.Safe(returnUrl);
        Attempt = attempt;
        var reader = await readers.ResolveAsync(User, cancellationToken);
        var probe = new ArticleAccess(0, AccessLevel.Subscribers, Metered: false, PreviewParagraphs: 0);
        if (AccessPolicy.Decide(reader, probe, null, clock.GetUtcNow(), paywall.Value.ToRules()).FullText)
        {
            return LocalRedirect(ReturnUrl);
        }

        return Page();
    }
}
