using System.ComponentModel.DataAnnotations;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsletters;

[EnableRateLimiting(AccountsRegistration.FormRateLimit)]
public sealed class SignupModel(MastheadDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
    [StringLength(256)]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    public bool SignedUp { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email.Trim().ToLowerInvariant();
        if (!await db.NewsletterSignups.AnyAsync(s => s.Email == email, cancellationToken))
        {
            db.NewsletterSignups.Add(new NewsletterSignup { Email = email, CreatedAt = clock.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Only a concurrent sign-up of the same address is the outcome the reader wanted.
                db.ChangeTracker.Clear();
                if (!await db.NewsletterSignups.AnyAsync(s => s.Email == email, cancellationToken))
                {
                    throw;
                }
            }
        }

        // The same answer for a new and a known address, so the form cannot be used to test who reads us.
        Email = email;
        SignedUp = true;
        return Page();
    }
}
