using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Masthead.Web.Features.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>Editors pin the home page's lead stories in order; the rest follow, newest first.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class HomePageModel(MastheadDbContext db, TimeProvider clock) : PageModel
{
    public const int Slots = 5;

    /// <summary>Story ids by slot, top first; 0 leaves the slot to the newest stories.</summary>
    [BindProperty]
    public List<int> Pinned { get; set; } = [];

    public IReadOnlyList<Article> Candidates { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!StoryPermissions.CanArrangeSite(NewsroomRoles.Of(User)))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        Pinned = Candidates.Where(a => a.HomeSlot is not null).OrderBy(a => a.HomeSlot).Select(a => a.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!StoryPermissions.CanArrangeSite(NewsroomRoles.Of(User)))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var chosen = Pinned.Take(Slots).Where(id => id != 0).ToList();
        if (chosen.Count != chosen.Distinct().Count())
        {
            ModelState.AddModelError(nameof(Pinned), "A story can hold only one place. Choose a different story for each place.");
        }

        if (chosen.Any(id => Candidates.All(a => a.Id != id)))
        {
            ModelState.AddModelError(nameof(Pinned), "Only published stories can be pinned.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var current = await db.Articles.Where(a => a.HomeSlot != null || chosen.Contains(a.Id)).ToListAsync(cancellationToken);
        foreach (var story in current)
        {
            var slot = chosen.IndexOf(story.Id);
            story.HomeSlot = slot < 0 ? null : slot + 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        Message = chosen.Count == 0 ? "Nothing pinned: the home page shows the newest stories first." : $"Home page saved: {chosen.Count} pinned {(chosen.Count == 1 ? "story" : "stories")} lead.";
        return Redirect("/newsroom/home-page");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Candidates = await db.Articles.Published(now).AsNoTracking()
            .OrderBy(a => a.HomeSlot == null).ThenByDescending(a => a.PublishedAt)
            .Take(80).ToListAsync(cancellationToken);
    }
}
