using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>Editors add, rename, describe, reorder and remove the reader site's sections.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class SectionsModel(MastheadDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public IReadOnlyList<(Section Section, int Stories)> Sections { get; private set; } = [];

    public Section? Editing { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RefuseAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = Editing is { } section
            ? new SectionInput { Name = section.Name, Slug = section.Slug, Description = section.Description, Position = section.Position }
            : new SectionInput { Position = Sections.Count == 0 ? 10 : Sections.Max(s => s.Section.Position) + 10 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var slug = string.IsNullOrWhiteSpace(Input.Slug) ? Slug.From(Input.Name) : Input.Slug.Trim();
        if (!Slug.IsValid(slug))
        {
            ModelState.AddModelError("Input.Slug", "Use lowercase letters, digits and single hyphens, e.g. climate-and-energy.");
        }
        else if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != (Editing == null ? 0 : Editing.Id), cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", "Another section already uses this address.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var section = Editing ?? db.Sections.Add(new Section { Name = "", Slug = "" }).Entity;
        section.Name = Input.Name.Trim();
        section.Slug = slug;
        section.Description = Input.Description?.Trim() ?? "";
        section.Position = Input.Position;
        await db.SaveChangesAsync(cancellationToken);
        Message = Editing is null ? $"Section “{section.Name}” added." : $"Section “{section.Name}” saved.";
        return Redirect("/newsroom/sections");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (await RefuseAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Editing is not { } section)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Sections.First(s => s.Section.Id == section.Id).Stories > 0)
        {
            ModelState.AddModelError(string.Empty, $"“{section.Name}” still has stories. Move them to another section first.");
            return Page();
        }

        db.Sections.Remove(section);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Section “{section.Name}” removed.";
        return Redirect("/newsroom/sections");
    }

    private async Task<IActionResult?> RefuseAsync(CancellationToken cancellationToken)
    {
        if (!StoryPermissions.CanArrangeSite(NewsroomRoles.Of(User)))
        {
            return Forbid();
        }

        var sections = await db.Sections.OrderBy(s => s.Position).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var counts = await db.Articles.GroupBy(a => a.SectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        Sections = sections.Select(s => (s, counts.GetValueOrDefault(s.Id))).ToList();
        if (Id is { } id)
        {
            Editing = sections.FirstOrDefault(s => s.Id == id);
            if (Editing is null)
            {
                return NotFound();
            }
        }

        return null;
    }
}
