using System.ComponentModel.DataAnnotations;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Accounts;

[EnableRateLimiting(AccountsRegistration.FormRateLimit)]
public sealed class RegisterModel(AccountUserManager users, MastheadDbContext db, AccountMails mails, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    /// <summary>
    /// A known address gets the same answer as a new one, costs the same password hash, and its owner is
    /// mailed instead; so does the loser of two sign-ups of one address at the same moment.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var user = new AppUser { UserName = Input.Email, Email = Input.Email, CreatedAt = now, ConfirmationMailSentAt = now };

        // Password rules are checked before we look the address up, so both paths answer alike.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, Input.Password);
            foreach (var error in check.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Input.Email) is not null)
        {
            users.CheckDecoyPassword(Input.Password);
            return await AlreadyRegisteredAsync(cancellationToken);
        }

        var created = await CreateAsync(user);
        if (created is null || created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            return await AlreadyRegisteredAsync(cancellationToken);
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await mails.QueueConfirmationAsync(user, ReturnUrls.Safe(ReturnUrl), cancellationToken);
        return RedirectToPage("CheckEmail");
    }

    /// <returns>Null when another sign-up of the same address was stored first and the unique index refused this one.</returns>
    private async Task<IdentityResult?> CreateAsync(AppUser user)
    {
        try
        {
            return await users.CreateAsync(user, Input.Password);
        }
        catch (DbUpdateException)
        {
            // The refused row would otherwise be tried again by the next save in this request.
            db.Entry(user).State = EntityState.Detached;
            if (await users.FindByEmailAsync(Input.Email) is null)
            {
                throw;
            }

            return null;
        }
    }

    private async Task<IActionResult> AlreadyRegisteredAsync(CancellationToken cancellationToken)
    {
        await mails.QueueAlreadyRegisteredAsync(Input.Email, cancellationToken);
        return RedirectToPage("CheckEmail");
    }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
        [StringLength(256)]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "Use at least 10 characters for your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type your password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords don't match.")]
        [Display(Name = "Password again")]
        public string ConfirmPassword { get; set; } = "";
    }
}
