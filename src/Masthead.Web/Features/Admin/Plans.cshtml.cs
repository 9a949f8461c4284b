using Masthead.Web.Data;
using Masthead.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Admin;

/// <summary>Plans: list them, add one, edit one. Archiving stops sales and leaves current subscribers alone.</summary>
[Authorize(Roles = StaffRoles.Admin)]
public sealed class PlansModel(MastheadDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
            {
                return NotFound();
            }

            Input = PlanInput.From(plan);
        }

        Plans = await db.Plans.AsNoTracking().OrderBy(p => p.Archived).ThenBy(p => p.Position).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Plans = await db.Plans.AsNoTracking().OrderBy(p => p.Archived).ThenBy(p => p.Position).ToListAsync(cancellationToken);
            return Page();
        }

        var plan = Id is { } id ? await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : null;
        if (Id is not null && plan is null)
        {
            return NotFound();
        }

        if (plan is null)
        {
            plan = new Plan { Name = "", CreatedAt = clock.GetUtcNow(), Position = await db.Plans.CountAsync(cancellationToken) };
            db.Plans.Add(plan);
        }

        Input.ApplyTo(plan);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Saved \u201c{plan.Name}\u201d.";
        return Redirect("/admin/plans");
    }
}
