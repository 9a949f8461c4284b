using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Masthead.Web.Features.Accounts;

[EnableRateLimiting(AccountsRegistration.FormRateLimit)]
public sealed class ResetPasswordModel(AccountUserManager users) : PageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? "";
        Input.Code = code ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var token = AccountMails.Decode(Input.Code);
        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, "This reset link doesn't work. Ask for a new one.");
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "InvalidToken" ? "This reset link doesn't work. Ask for a new one." : error.Description);
            }

            return Page();
        }

        await users.LiftLockoutAsync(user);
        Done = true;
        return Page();
    }

    public sealed class ResetInput
    {
        [Required, EmailAddress]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "Use at least 10 characters for your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type your password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords don't match.")]
        [Display(Name = "New password again")]
        public string ConfirmPassword { get; set; } = "";
    }
}
