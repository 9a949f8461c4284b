using Masthead.Core.Publishing;
using Masthead.Web.Data;
using Masthead.Web.Features.Paywall;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Masthead.Web.Features.Newsroom;

/// <summary>A story's revisions: compare any two, restore one as a new save.</summary>
[Authorize(Roles = NewsroomRoles.AnyStaff)]
public sealed class RevisionsModel(MastheadDbContext db, StoryEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public Article Story { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];
    public IReadOnlyDictionary<int, string> SectionNames { get; private set; } = new Dictionary<int, string>();
    public ArticleRevision? Before { get; private set; }
    public ArticleRevision? After { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // By default, the latest save against the one before it.
        After = Revisions.FirstOrDefault(r => r.Number == To) ?? (Revisions.Count > 0 ? Revisions[0] : null);
        Before = Revisions.FirstOrDefault(r => r.Number == From) ?? Revisions.FirstOrDefault(r => After is not null && r.Number < After.Number) ?? After;
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Revisions.FirstOrDefault(r => r.Number == number) is not { } revision)
        {
            return NotFound();
        }

        var staff = new Staff(ReaderResolver.UserId(User), User.Identity?.Name ?? "Unknown", NewsroomRoles.Of(User));
        var outcome = await editor.SaveAsync(Story, StoryRevisions.ToInput(revision, Story.Version), StoryChange.Restore, staff, cancellationToken, restoredFrom: number);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (!outcome.Saved)
        {
            foreach (var (_, problem) in outcome.Problems)
            {
                ModelState.AddModelError(string.Empty, problem);
            }

            After = Revisions[0];
            Before = revision;
            return Page();
        }

        Message = $"Revision {number} restored as revision {Story.Version}.";
        return Redirect($"/newsroom/stories/{Story.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var story = await db.Articles.Include(a => a.Authors).Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == Id, cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        if (!StoryPermissions.CanEdit(NewsroomRoles.Of(User), story.CreatedByUserId == ReaderResolver.UserId(User)))
        {
            return Forbid();
        }

        Story = story;
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == Id).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        SectionNames = await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return null;
    }
}
