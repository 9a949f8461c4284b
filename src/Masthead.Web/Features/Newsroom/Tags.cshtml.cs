using System.ComponentModel.DataAnnotations;
using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>Editors rename tags, fold one into another, and remove tags nobody needs.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class TagsModel(MastheadDbContext db) : PageModel
{
    public IReadOnlyList<(Tag Tag, int Stories)> Tags { get; private set; } = [];

    [BindProperty]
    public int TagId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Give the tag a name.")]
    [StringLength(60)]
    [Display(Name = "New name")]
    public string? NewName { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await RefuseAsync(cancellationToken) ?? Page();

    /// <summary>Renames the tag; a name another tag already has folds this tag's stories into that one.</summary>
    public async Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken)
    {
        if (await RefuseAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var tag = await db.Tags.Include(t => t.Articles).FirstOrDefaultAsync(t => t.Id == TagId, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        var name = NewName?.Trim().ToLowerInvariant() ?? "";
        var slug = Slug.From(name);
        if (ModelState.IsValid && slug.Length == 0)
        {
            ModelState.AddModelError(nameof(NewName), "Use at least one letter or digit.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var other = await db.Tags.Include(t => t.Articles).FirstOrDefaultAsync(t => t.Slug == slug && t.Id != tag.Id, cancellationToken);
        if (other is null)
        {
            (tag.Name, tag.Slug) = (name, slug);
            Message = $"Tag renamed to “{name}”.";
        }
        else
        {
            foreach (var article in tag.Articles.Where(a => !other.Articles.Contains(a)).ToList())
            {
                other.Articles.Add(article);
            }

            db.Tags.Remove(tag);
            Message = $"Tag folded into “{other.Name}”.";
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/newsroom/tags");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (await RefuseAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await db.Tags.FirstOrDefaultAsync(t => t.Id == TagId, cancellationToken) is not { } tag)
        {
            return NotFound();
        }

        db.Tags.Remove(tag);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Tag “{tag.Name}” removed from every story.";
        return Redirect("/newsroom/tags");
    }

    private async Task<IActionResult?> RefuseAsync(CancellationToken cancellationToken)
    {
        if (!StoryPermissions.CanArrangeSite(NewsroomRoles.Of(User)))
        {
            return Forbid();
        }

        Tags = (await db.Tags.AsNoTracking().OrderBy(t => t.Name).Select(t => new { Tag = t, Stories = t.Articles.Count }).ToListAsync(cancellationToken))
            .Select(x => (x.Tag, x.Stories)).ToList();
        return null;
    }
}
