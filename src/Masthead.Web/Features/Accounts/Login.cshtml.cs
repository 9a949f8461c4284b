using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Masthead.Web.Features.Accounts;

[EnableRateLimiting(AccountsRegistration.FormRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, AccountUserManager users, MeterStore meters, AccountMails mails) : PageModel
{
    /// <summary>The same words for an unknown address, a wrong password and a locked account, so none can be told apart.</summary>
    public const string FailureMessage =
        "That e-mail address and password don't match our records, or sign-in is paused after too many attempts. Try again later, or reset your password to sign in straight away.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NeedsConfirmation { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>
    /// An unknown address, a locked account and a wrong password each cost one password check and get
    /// the same answer; only the right password hears that the address still needs confirming.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            users.CheckDecoyPassword(Input.Password);
            return Failed();
        }

        if (!await users.CheckPasswordAsync(user, Input.Password))
        {
            await users.AccessFailedAsync(user);
            return Failed();
        }

        if (!await signIn.CanSignInAsync(user))
        {
            // Only someone who knows the password gets here, so saying so reveals nothing new.
            await mails.ResendConfirmationAsync(user, ReturnUrls.Safe(ReturnUrl), cancellationToken);
            NeedsConfirmation = true;
            return Page();
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, Input.RememberMe, [new Claim("amr", "pwd")]);
        await meters.CarryAnonymousMeterAsync(HttpContext, user.Id, cancellationToken);
        return LocalRedirect(ReturnUrls.Safe(ReturnUrl));
    }

    private PageResult Failed()
    {
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
