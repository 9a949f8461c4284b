using System.ComponentModel.DataAnnotations;
using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Admin;

public sealed record StaffMember(string Id, string Email, StaffRole Role, DateTimeOffset CreatedAt);

/// <summary>
/// Who is on the staff: admins give an account exactly one newsroom role or take it away. Nobody changes
/// their own role, and the last admin stays. Changes reach the person through their security stamp.
/// </summary>
[Authorize(Roles = StaffRoles.Admin)]
public sealed class StaffModel(UserManager<AppUser> users, RoleManager<IdentityRole> roles, MastheadDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the person's e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.com.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a role.")]
    public string Role { get; set; } = StaffRoles.Contributor;

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? CurrentUserId => users.GetUserId(User);

    /// <summary>"author" → Author, the name the page shows for a role.</summary>
    public static StaffRole RoleOf(string role) => Enum.Parse<StaffRole>(role, ignoreCase: true);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGiveAsync(CancellationToken cancellationToken)
    {
        if (Role is { Length: > 0 } && !StaffRoles.All.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "Choose one of the roles listed.");
        }

        var person = ModelState.IsValid ? await users.FindByEmailAsync(Email.Trim()) : null;
        if (ModelState.IsValid && person is null)
        {
            ModelState.AddModelError(nameof(Email), "No account has that address. Ask them to sign up first.");
        }
        else if (person is { EmailConfirmed: false })
        {
            ModelState.AddModelError(nameof(Email), "That account's address is not confirmed yet. Ask them to confirm their address first.");
        }

        if (!ModelState.IsValid || person is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return await ChangeAsync(person, Role, $"{person.Email} is now on the staff as {RoleOf(Role)}.", nameof(Email), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? id, CancellationToken cancellationToken)
    {
        // Only the id matters here; the give-a-role fields are not part of this form.
        ModelState.Clear();
        var person = string.IsNullOrEmpty(id) ? null : await users.FindByIdAsync(id);
        if (person is null || !(await users.GetRolesAsync(person)).Any(StaffRoles.All.Contains))
        {
            return await RefuseAsync(string.Empty, "That person is not on the staff.", cancellationToken);
        }

        return await ChangeAsync(person, null, $"{person.Email} is no longer on the staff.", string.Empty, cancellationToken);
    }

    /// <summary>Leaves <paramref name="person"/> with exactly <paramref name="role"/> (null: no staff role).</summary>
    private async Task<IActionResult> ChangeAsync(AppUser person, string? role, string done, string field, CancellationToken cancellationToken)
    {
        if (person.Id == CurrentUserId)
        {
            return await RefuseAsync(field, "You cannot change your own role: ask another admin.", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Every change first rewrites the admin role's concurrency stamp, so two changes never interleave:
        // two admins demoting each other at the same moment cannot leave the site with none.
        var adminRole = await roles.FindByNameAsync(StaffRoles.Admin) ?? throw new InvalidOperationException("The admin role is missing.");
        if (!(await roles.UpdateAsync(adminRole)).Succeeded)
        {
            return await RefuseAsync(field, "Someone else changed the staff at the same moment. Try again.", cancellationToken);
        }

        // The acting admin's cookie may predate their own demotion: the database decides.
        if (await users.GetUserAsync(User) is not { } actor || !await users.IsInRoleAsync(actor, StaffRoles.Admin))
        {
            return Forbid();
        }

        var held = (await users.GetRolesAsync(person)).Where(StaffRoles.All.Contains).ToList();
        if (held.Contains(StaffRoles.Admin) && role != StaffRoles.Admin && (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count <= 1)
        {
            return await RefuseAsync(field, $"{person.Email} is the last admin: make someone else an admin first.", cancellationToken);
        }

        Check(await users.RemoveFromRolesAsync(person, held.Where(r => r != role)));
        if (role is not null && !held.Contains(role))
        {
            Check(await users.AddToRoleAsync(person, role));
        }

        // A new stamp makes the person's cookie re-validated, so the change reaches their next request.
        Check(await users.UpdateSecurityStampAsync(person));
        await transaction.CommitAsync(cancellationToken);
        Message = done;
        return RedirectToPage();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Changing staff roles failed: {string.Join(' ', result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task<IActionResult> RefuseAsync(string field, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(field, message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                join user in db.Users on userRole.UserId equals user.Id
                where StaffRoles.All.Contains(role.Name!)
                select new { user.Id, user.Email, user.CreatedAt, Role = role.Name! })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        Members = rows
            .GroupBy(r => r.Id)
            .Select(g => new StaffMember(g.Key, g.First().Email ?? "", g.Max(r => RoleOf(r.Role)), g.First().CreatedAt))
            .OrderByDescending(m => m.Role)
            .ThenBy(m => m.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
