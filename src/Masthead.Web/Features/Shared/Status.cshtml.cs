using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Masthead.Web.Features.Shared;

/// <summary>The page readers see for a 404, 413, 429 or 500, in the site's own layout and without internals.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        (Heading, Message) = code switch
        {
            403 => ("You can't open this page", "Your account doesn't have access to it. If you think it should, ask an administrator."),
            404 => ("Page not found", "We couldn't find that page. It may have moved, or the address may be mistyped."),
            413 => ("That was too much to send", "What you sent is larger than this page accepts. Please send less, or a smaller file, and try again."),
            429 => ("Too many attempts", "Please wait a minute before trying again."),
            400 => ("Something was wrong with that request", "Please go back and try again."),
            _ => ("Something went wrong", "We couldn't show this page just now. Please try again in a moment."),
        };

        // Only a re-executed error keeps its status; asking for /status/404 directly is a normal page.
        Response.StatusCode = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
            && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is null
            ? 200
            : Response.StatusCode;
        return Page();
    }
}
