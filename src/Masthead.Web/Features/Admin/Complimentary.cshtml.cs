using System.ComponentModel.DataAnnotations;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Admin;

/// <summary>Staff grant a reader full access until a date: press passes, partners, apologies.</summary>
[Authorize(Roles = $"{StaffRoles.Editor},{StaffRoles.Admin}")]
public sealed class ComplimentaryModel(UserManager<AppUser> users, MastheadDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the reader's e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
    [Display(Name = "Reader's e-mail address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose the last day of access.")]
    [DataType(DataType.Date)]
    [Display(Name = "Access until (inclusive)")]
    public DateOnly? Until { get; set; }

    public IReadOnlyList<(string Email, DateTimeOffset Until)> Current { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Until is { } chosen && chosen < today)
        {
            ModelState.AddModelError(nameof(Until), "Choose today or a later day.");
        }

        var user = ModelState.IsValid ? await users.FindByEmailAsync(Email) : null;
        if (ModelState.IsValid && user is null)
        {
            ModelState.AddModelError(nameof(Email), "No reader has an account with that address.");
        }

        if (!ModelState.IsValid || user is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        user.ComplimentaryUntil = new DateTimeOffset(Until!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await users.UpdateAsync(user);
        Message = $"{user.Email} reads everything until the end of {Until:d MMMM yyyy}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.ComplimentaryUntil != null && u.ComplimentaryUntil > now)
            .OrderBy(u => u.ComplimentaryUntil)
            .Select(u => new { u.Email, u.ComplimentaryUntil })
            .ToListAsync(cancellationToken);
        Current = rows.Select(r => (r.Email ?? "", r.ComplimentaryUntil!.Value)).ToList();
    }
}
