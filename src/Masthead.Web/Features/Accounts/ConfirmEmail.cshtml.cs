using Masthead.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Masthead.Web.Features.Accounts;

public sealed class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    public bool Confirmed { get; private set; }
    public string ReturnUrl { get; private set; } = "/";

    public async Task OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        ReturnUrl = ReturnUrls.Safe(returnUrl);
        var token = AccountMails.Decode(code);
        if (string.IsNullOrEmpty(userId) || token is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
