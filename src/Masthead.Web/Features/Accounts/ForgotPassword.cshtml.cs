using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Masthead.Web.Features.Accounts;

[EnableRateLimiting(AccountsRegistration.FormRateLimit)]
public sealed class ForgotPasswordModel(AccountUserManager users, AccountMails mails) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email);

        // Every answer costs a password check, so the small write that queues a known address's mail is
        // lost in it, and how long the page took says nothing about the address.
        users.CheckDecoyPassword(Email);
        if (user is not null && await users.IsEmailConfirmedAsync(user))
        {
            await mails.QueuePasswordResetAsync(user, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
