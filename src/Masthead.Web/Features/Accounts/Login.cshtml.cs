using System.ComponentModel.DataAnnotations;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Masthead.Web.Features.Accounts;

[EnableRateLimiting(AccountsRegistration.FormRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, MeterStore meters, AccountMails mails) : PageModel
{
    /// <summary>The same words for an unknown address, a wrong password and a locked account, so none can be told apart.</summary>
    public const string FailureMessage =
        "That e-mail address and password don't match our records, or sign-in is paused after too many attempts. Try again in a few minutes, or reset your password.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NeedsConfirmation { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, FailureMessage);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await meters.CarryAnonymousMeterAsync(HttpContext, user.Id, cancellationToken);
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl));
        }

        if (result.IsNotAllowed && !await users.IsEmailConfirmedAsync(user))
        {
            // Only someone who knows the password gets here, so saying so reveals nothing new.
            await mails.SendConfirmationAsync(user, ReturnUrls.Safe(ReturnUrl), cancellationToken);
            NeedsConfirmation = true;
            return Page();
        }

        ModelState.AddModelError(string.Empty, FailureMessage);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }
}
