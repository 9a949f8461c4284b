using Masthead.Core.Paywall;
using Masthead.Web.Features.Accounts;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Masthead.Web.Features.Billing;

/// <summary>
/// Where checkout sends the reader back. The provider's webhook usually lands within a second or
/// two; the request waits for it (briefly) and then moves on to the article, so no script and no
/// automatic refresh are needed.
/// </summary>
[Authorize]
public sealed class ReturnModel(ReaderResolver readers, TimeProvider clock, IOptions<PaywallOptions> paywall) : PageModel
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public string ReturnUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnUrls.Safe(returnUrl);
        var probe = new ArticleAccess(0, AccessLevel.Subscribers, Metered: false, PreviewParagraphs: 0);
        var deadline = DateTime.UtcNow + Patience;
        do
        {
            var reader = await readers.ResolveAsync(User, cancellationToken);
            if (AccessPolicy.Decide(reader, probe, null, clock.GetUtcNow(), paywall.Value.ToRules()).FullText)
            {
                return LocalRedirect(ReturnUrl);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
        while (DateTime.UtcNow < deadline);

        return Page();
    }
}
